import { ScrollArea, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BreakdownResult } from '../../../../shared/analysis/breakdown';
import type { BreakdownOutput } from '../../../../shared/api/analysis';
import { formatNumber } from '../../../../shared/format';
import { useLang } from '../../hooks/useLang';
import { useQuestionLabels } from '../../hooks/useQuestionLabels';
import { SigValue } from './SigValue';

function isOneWay(t: BreakdownOutput['tables'][number]): t is BreakdownResult {
  return 'groups' in t;
}

/**
 * Touchpoints × units: each unit's index (NPS for NPS) with significance against the rest marked, the
 * best unit of each row highlighted, and the spread across units as a measure of consistency.
 */
export function UnitsTable({ output, present }: { output: BreakdownOutput; present?: boolean }) {
  const { t } = useTranslation();
  const lang = useLang();
  const label = useQuestionLabels();
  const tables = output.tables.filter(isOneWay);
  const first = tables[0];
  if (!first) return null;
  const units = first.groups.map((g, i) => ({ ...g, i })).filter((g) => g.code !== null);
  const fz = present ? 'md' : 'sm';
  return (
    <ScrollArea type="auto">
      <Table
        className="tp-tabular"
        verticalSpacing={present ? 8 : 6}
        fz={fz}
        data-testid="units-table"
        highlightOnHover
        withColumnBorders={false}
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th miw={170}>{t('dashboard.colTouchpoint')}</Table.Th>
            {units.map((u) => (
              <Table.Th
                key={u.code}
                ta="right"
                data-testid={`unit-col-${u.code}`}
                style={{ whiteSpace: 'nowrap' }}
              >
                {u.label}
              </Table.Th>
            ))}
            <Table.Th ta="right" c="dimmed">
              {t('units.all')}
            </Table.Th>
            <Table.Th>{t('units.best')}</Table.Th>
            <Table.Th ta="right">{t('units.spread')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {tables.map((b) => {
            const summary = output.units.find((u) => u.question === b.question);
            return (
              <Table.Tr key={b.question} data-testid={`units-row-${b.question}`}>
                <Table.Td fw={b.statistic === 'nps' || !label(b.question) ? 700 : 500}>
                  {label(b.question)}
                </Table.Td>
                {units.map((u) => {
                  const g = b.groups[u.i]!;
                  const best = summary?.best?.code === u.code;
                  return (
                    <Table.Td
                      key={u.code}
                      ta="right"
                      bg={best ? 'var(--mantine-color-brand-0)' : undefined}
                      data-testid={`units-cell-${b.question}-${u.code}`}
                    >
                      <SigValue result={g.result} test={g.test} best={best} present={present} />
                    </Table.Td>
                  );
                })}
                <Table.Td ta="right" c="dimmed">
                  <SigValue result={b.total} test={null} present={present} />
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }} data-testid={`units-best-${b.question}`}>
                  {summary?.best?.label ?? '–'}
                </Table.Td>
                <Table.Td ta="right">
                  {summary && summary.consistency.units > 1 ? (
                    <Text
                      span
                      inherit
                      title={t('units.spreadTitle', {
                        range: formatNumber(summary.consistency.range, lang, 0),
                        units: summary.consistency.units,
                      })}
                    >
                      {formatNumber(summary.consistency.sd, lang, 1)}
                    </Text>
                  ) : (
                    '–'
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </ScrollArea>
  );
}
