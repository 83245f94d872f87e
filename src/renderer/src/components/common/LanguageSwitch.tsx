import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../hooks/useLang';
import { changeLanguage } from '../../i18n/setup';

/** The UI language; remembered between sessions. Names are written in their own language. */
export function LanguageSwitch() {
  const lang = useLang();
  const { t } = useTranslation();
  return (
    <SegmentedControl
      data-testid="language-switch"
      aria-label={t('common.language')}
      size="xs"
      value={lang}
      onChange={changeLanguage}
      data={[
        { value: 'en', label: 'EN' },
        { value: 'nb', label: 'NB' },
        { value: 'da', label: 'DA' },
      ]}
    />
  );
}
