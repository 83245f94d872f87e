import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportIssue } from '../../../../shared/import/convert';

const SHOWN = 100;

/** Issues with their place in the file, as the consultant's spreadsheet names it. */
export function IssueTable({ issues }: { issues: ImportIssue[] }) {
  const { t } = useTranslation();
  return (
    <>
      <Table data-testid="import-issues" verticalSpacing={3} fz="sm" striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('import.cell')}</Table.Th>
            <Table.Th>{t('import.issue')}</Table.Th>
            <Table.Th>{t('import.value')}</Table.Th>
            <Table.Th>{t('import.question')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {issues.slice(0, SHOWN).map((i) => (
            <Table.Tr key={`${i.cell}-${i.code}`} data-testid="import-issue-row">
              <Table.Td ff="monospace" data-testid="import-issue-cell">
                {i.cell}
              </Table.Td>
              <Table.Td c={i.severity === 'error' ? 'red.8' : 'yellow.9'}>
                {t(`importIssues.${i.code}`, { defaultValue: i.message })}
              </Table.Td>
              <Table.Td>{i.value ? `“${i.value}”` : ''}</Table.Td>
              <Table.Td ff="monospace">{i.questionCode ?? ''}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {issues.length > SHOWN && (
        <Text size="xs" c="dimmed">
          {t('import.moreIssues', { count: issues.length - SHOWN })}
        </Text>
      )}
    </>
  );
}
