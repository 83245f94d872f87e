import { Alert, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ReadWarning, ReadWarningTranslate } from '../../../../shared/import/read-warnings';
import { readWarningText } from '../../../../shared/import/read-warnings';

/**
 * What the reader could not read of the file and left out (a damaged SPSS multiple-response set or
 * measurement-level record), shown in the wizard and in the import summary in the UI's language;
 * nothing without warnings.
 */
export function ReadWarnings({ warnings }: { warnings: readonly ReadWarning[] | undefined }) {
  const { t } = useTranslation();
  if (!warnings?.length) return null;
  const tr: ReadWarningTranslate = (key, params) => t(key, params ?? {});
  return (
    <Alert color="yellow" variant="light" p="xs" data-testid="import-read-warnings">
      <Text size="sm" fw={600}>
        {t('importTools.readWarnings', { count: warnings.length })}
      </Text>
      <Text size="xs" c="dimmed" mb={4}>
        {t('importTools.readWarningsHint')}
      </Text>
      <List size="xs" spacing={2}>
        {warnings.map((w, i) => (
          <List.Item key={i} data-testid="import-read-warning">
            {readWarningText(w, tr)}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
