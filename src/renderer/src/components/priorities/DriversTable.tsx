import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DriversResult } from '../../../../shared/analysis/drivers';
import { rankedDrivers } from '../../../../shared/charts/drivers';
import { formatNumber, formatPercent } from '../../../../shared/format';
import { useLang } from '../../hooks/useLang';

type Interval = { lower: number; upper: number };

/**
 * Every driver's numbers, largest Shapley share first; the Monte-Carlo standard error under a sampled
 * share, and bootstrap intervals under the values when run.
 */
export function DriversTable({ result }: { result: DriversResult }) {
  const { t } = useTranslation();
  const lang = useLang();
  const pct = (x: number) => formatPercent(x, lang, 1);
  const num = (x: number) => formatNumber(x, lang, 2);
  const ci = (i: Interval | undefined, f: (x: number) => string) =>
    i && (
      <Text span size="xs" c="dimmed" display="block">
        {f(i.lower)} – {f(i.upper)}
      </Text>
    );
  return (
    <Table className="tp-tabular" verticalSpacing={6} data-testid="drivers-table">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('dashboard.colTouchpoint')}</Table.Th>
          <Table.Th ta="right">{t('priorities.colShapley')}</Table.Th>
          <Table.Th ta="right">{t('priorities.colRw')}</Table.Th>
          <Table.Th ta="right">{t('priorities.colBeta')}</Table.Th>
          <Table.Th ta="right">{t('priorities.colR')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rankedDrivers(result).map((d, i) => (
          <Table.Tr key={d.code} data-testid={`driver-row-${i}`} data-code={d.code}>
            <Table.Td fw={i < 3 ? 600 : 400} data-testid="driver-name">
              {d.touchpointText ?? d.text}
            </Table.Td>
            <Table.Td ta="right" fw={600}>
              {pct(d.shapleyShare)}
              {d.shapleySe !== undefined && result.r2 > 0 && (
                <Text span size="xs" c="dimmed" display="block" data-testid="driver-se">
                  ± {pct(d.shapleySe / result.r2)}
                </Text>
              )}
              {ci(d.ci?.shapleyShare, pct)}
            </Table.Td>
            <Table.Td ta="right">
              {pct(d.relativeWeightShare)}
              {ci(d.ci?.relativeWeightShare, pct)}
            </Table.Td>
            <Table.Td ta="right">
              {num(d.beta)}
              {ci(d.ci?.beta, num)}
            </Table.Td>
            <Table.Td ta="right">{num(d.pearson)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
