import { ScrollArea, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CrossedBreakdownResult } from '../../../../shared/analysis/breakdown';
import type { BreakdownOutput } from '../../../../shared/api/analysis';
import { SigValue } from './SigValue';

function isCrossed(t: BreakdownOutput['tables'][number]): t is CrossedBreakdownResult {
  return 'cells' in t;
}

/** One question by two background variables: cells, margins and the total, each cell tested against the rest. */
export function CrossedTable({ output, present }: { output: BreakdownOutput; present?: boolean }) {
  const { t } = useTranslation();
  const table = output.tables.find(isCrossed);
  if (!table) return null;
  const rows = table.rows.map((g, i) => ({ ...g, i })).filter((g) => g.code !== null);
  const cols = table.cols.map((g, i) => ({ ...g, i })).filter((g) => g.code !== null);
  return (
    <ScrollArea type="auto">
      <Table
        className="tp-tabular"
        verticalSpacing={present ? 10 : 6}
        fz={present ? 'lg' : 'sm'}
        data-testid="crossed-table"
        highlightOnHover
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th />
            {cols.map((c) => (
              <Table.Th key={c.code} ta="right">
                {c.label}
              </Table.Th>
            ))}
            <Table.Th ta="right" c="dimmed">
              {t('units.all')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.code} data-testid={`crossed-row-${r.code}`}>
              <Table.Td fw={500} style={{ whiteSpace: 'nowrap' }}>
                {r.label}
              </Table.Td>
              {cols.map((c) => {
                const cell = table.cells[r.i]![c.i]!;
                return (
                  <Table.Td key={c.code} ta="right" data-testid={`crossed-cell-${r.code}-${c.code}`}>
                    <SigValue result={cell.result} test={cell.test} present={present} />
                  </Table.Td>
                );
              })}
              <Table.Td ta="right" c="dimmed">
                <SigValue result={r.result} test={null} present={present} />
              </Table.Td>
            </Table.Tr>
          ))}
          <Table.Tr>
            <Table.Td fw={500} c="dimmed">
              {t('units.all')}
            </Table.Td>
            {cols.map((c) => (
              <Table.Td key={c.code} ta="right" c="dimmed">
                <SigValue result={c.result} test={null} present={present} />
              </Table.Td>
            ))}
            <Table.Td ta="right" c="dimmed">
              <SigValue result={table.total} test={null} present={present} />
            </Table.Td>
          </Table.Tr>
        </Table.Tbody>
      </Table>
    </ScrollArea>
  );
}
