import { Table, Text } from '@mantine/core';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { DashboardResult } from '../../../../shared/analysis/dashboard';
import { formatNumber, formatPercent } from '../../../../shared/format';
import { useLang } from '../../hooks/useLang';
import { StageRow } from '../common/StageRow';

/** The chart's numbers, in journey order, with a row per stage; groups under k say so instead. */
export function TouchpointTable({ result }: { result: DashboardResult }) {
  const { t } = useTranslation();
  const lang = useLang();
  const k = result.anonymityK;
  let stage: string | null = null;
  return (
    <Table data-testid="touchpoint-table" verticalSpacing={8} className="tp-tabular">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('dashboard.colTouchpoint')}</Table.Th>
          <Table.Th ta="right">{t('dashboard.colMean')}</Table.Th>
          <Table.Th ta="right">{t('dashboard.colCi')}</Table.Th>
          <Table.Th ta="right">{t('dashboard.colIndex')}</Table.Th>
          <Table.Th ta="right">{t('dashboard.colTop2')}</Table.Th>
          <Table.Th ta="right">{t('dashboard.colN')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {result.touchpoints.map((tp) => {
          const newStage = tp.stageText !== null && tp.stageText !== stage;
          stage = tp.stageText;
          const hidden = tp.n < k;
          return (
            <Fragment key={tp.questionCode}>
              {newStage && <StageRow text={tp.stageText} colSpan={6} />}
              <Table.Tr data-testid={`tp-row-${tp.questionCode}`}>
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {tp.touchpointText ?? tp.text}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {tp.questionCode} · {t('dashboard.scale', { min: tp.scale.min, max: tp.scale.max })}
                  </Text>
                </Table.Td>
                {hidden ? (
                  <Table.Td colSpan={5} ta="right">
                    <Text size="sm" c="dimmed" data-testid="suppressed">
                      {t('dashboard.suppressed', { k })}
                    </Text>
                  </Table.Td>
                ) : (
                  <>
                    <Table.Td ta="right" fw={600} data-testid={`tp-mean-${tp.questionCode}`}>
                      {formatNumber(tp.mean, lang, 2)}
                    </Table.Td>
                    <Table.Td ta="right" c="dimmed">
                      {formatNumber(tp.ci95[0], lang, 2)}–{formatNumber(tp.ci95[1], lang, 2)}
                    </Table.Td>
                    <Table.Td ta="right" data-testid={`tp-index-${tp.questionCode}`}>
                      {formatNumber(tp.index, lang, 0)}
                    </Table.Td>
                    <Table.Td ta="right">{formatPercent(tp.top2Box, lang, 0)}</Table.Td>
                    <Table.Td ta="right" c="dimmed">
                      {formatNumber(tp.n, lang)}
                    </Table.Td>
                  </>
                )}
              </Table.Tr>
            </Fragment>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
