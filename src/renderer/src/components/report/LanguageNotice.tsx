import { Alert, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../shared/domain/language';
import type { LanguageFallback } from '../../../../shared/report/language-coverage';
import { useApi } from '../../hooks/useApi';

/**
 * Beside the report language, before any export: how many of the study's texts do not exist in the
 * chosen language and which language the PDF, the deck, the tables and the charts print instead.
 * Nothing when every text exists.
 */
export function LanguageNotice(props: { studyId: string; lang: Language }) {
  const { t } = useTranslation();
  const api = useApi();
  const [fallback, setFallback] = useState<LanguageFallback | null>(null);
  const { studyId, lang } = props;
  useEffect(() => {
    let current = true;
    setFallback(null);
    void api('report/languageCheck', { studyId, lang }).then((r) => {
      if (current && r) setFallback(r.fallback);
    });
    return () => {
      current = false;
    };
  }, [api, studyId, lang]);
  if (!fallback) return null;
  return (
    <Alert color="yellow" mt="md" p="sm" data-testid="report-language-notice" data-lang={lang}>
      <Text size="sm">
        {t('reportLanguage.missing', {
          count: fallback.count,
          total: fallback.total,
          language: t(`reportLanguage.name.${lang}`),
          fallback: t(`reportLanguage.name.${fallback.fallback}`),
        })}
      </Text>
      <Text size="xs" c="dimmed" mt={4}>
        {t('reportLanguage.hint')}
      </Text>
    </Alert>
  );
}
