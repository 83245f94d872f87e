import { Alert, Button, Group, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportSummary } from '../../../../shared/api/import';
import { formatNumber } from '../../../../shared/format';
import { useLang } from '../../hooks/useLang';
import { ReadWarnings } from './ReadWarnings';

type Props = {
  summary: ImportSummary;
  /** After a re-map: how many respondents the file had before (they were replaced). */
  replaced?: number | null;
  onDone(): void;
  onShowDashboard(): void;
};

export function ImportSummaryView({ summary, replaced = null, onDone, onShowDashboard }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const stat = (label: string, value: number, testId: string) => (
    <Stack gap={0}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text fz={28} fw={700} className="tp-tabular" data-testid={testId}>
        {formatNumber(value, lang)}
      </Text>
    </Stack>
  );
  return (
    <Stack data-testid="import-summary">
      <Alert
        color={summary.skipped > 0 || summary.issues.length > 0 ? 'yellow' : 'teal'}
        title={
          replaced !== null
            ? t('remap.replaced', {
                file: summary.fileName,
                year: summary.waveYear,
                before: formatNumber(replaced, lang),
                after: formatNumber(summary.imported, lang),
              })
            : t('import.done', { file: summary.fileName, year: summary.waveYear })
        }
        data-testid="import-summary-title"
      >
        {summary.duplicate === 'skipped'
          ? t('import.duplicateSkipped')
          : summary.issues.length > 0
            ? t('import.withIssues', { count: summary.issues.length })
            : t('import.clean')}
        {summary.createdQuestions.length > 0 &&
          ` ${t('import.created', { codes: summary.createdQuestions.join(', ') })}`}
      </Alert>
      <ReadWarnings warnings={summary.readWarnings} />
      <SimpleGrid cols={4}>
        {stat(t('import.rowsRead'), summary.rowsRead, 'import-rows-read')}
        {stat(t('import.imported'), summary.imported, 'import-rows-imported')}
        {stat(t('import.skipped'), summary.skipped, 'import-rows-skipped')}
        {stat(t('import.createdCount'), summary.createdQuestions.length, 'import-created-count')}
      </SimpleGrid>
      {summary.issues.length > 0 && (
        <Table data-testid="import-issues" verticalSpacing={4}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={90}>{t('import.cell')}</Table.Th>
              <Table.Th>{t('import.issue')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {summary.issues.slice(0, 200).map((i, k) => (
              <Table.Tr key={`${i.cell}-${k}`}>
                <Table.Td ff="monospace">{i.cell}</Table.Td>
                <Table.Td>{t(`importIssues.${i.code}`, { defaultValue: i.message })}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          {t('import.another')}
        </Button>
        <Button onClick={onShowDashboard} data-testid="import-show-dashboard">
          {t('import.showDashboard')}
        </Button>
      </Group>
    </Stack>
  );
}
