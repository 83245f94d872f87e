import { Alert, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * What the reader could not read of the file and left out (a damaged SPSS multiple-response set or
 * measurement-level record), shown in the wizard and in the import summary; nothing without warnings.
 */
export function ReadWarnings({ warnings }: { warnings: readonly string[] | undefined }) {
  const { t } = useTranslation();
  if (!warnings?.length) return null;
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
            {w}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
