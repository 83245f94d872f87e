import { Table, Text, Tooltip } from '@mantine/core';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { TrendResult, TrendSeries, TrendTest } from '../../../../shared/analysis/trend';
import { isTrendValue } from '../../../../shared/analysis/trend';
import { localTestName } from '../../../../shared/charts/change';
import { significance, trendYears } from '../../../../shared/charts/trend';
import { formatNumber, formatSigned, NO_VALUE } from '../../../../shared/format';
import { formatP } from '../../../../shared/report/sections/change';
import { trendValueText } from '../../../../shared/report/sections/trend';
import { useLang } from '../../hooks/useLang';
import { useQuestionLabels } from '../../hooks/useQuestionLabels';
import { StageRow } from '../common/StageRow';

/** Wave columns shown at most (the newest); the chart shows every wave. */
const MAX_WAVES = 8;

function Change({ test, testId }: { test: TrendTest | null; testId: string }) {
  const lang = useLang();
  if (!test || !Number.isFinite(test.diff))
    return (
      <Table.Td ta="right" c="dimmed" data-testid={testId}>
        {NO_VALUE}
      </Table.Td>
    );
  const color = !test.significant ? undefined : test.diff > 0 ? 'teal.8' : 'red.8';
  return (
    <Table.Td ta="right" data-testid={testId} data-significant={test.significant ? 'true' : 'false'}>
      <Tooltip
        label={`${localTestName(test.test, lang)} · p ${formatP(test.p, lang)} · q ${formatP(test.q, lang)}`}
        withArrow
      >
        <Text span size="sm" fw={test.significant ? 700 : 400} c={color}>
          {formatSigned(test.diff, lang, 1)}
          {test.significant ? ' *' : ''}
        </Text>
      </Tooltip>
    </Table.Td>
  );
}

/**
 * Every KPI and touchpoint by wave (the newest MAX_WAVES waves): the value per wave with a ▲/▼ where
 * the change against the previous wave is significant, then the newest wave's change against the
 * previous and the first wave with the test and adjusted p on hover. A wave under k says "–".
 */
export function TrendTable({ trend, present }: { trend: TrendResult; present?: boolean }) {
  const { t } = useTranslation();
  const lang = useLang();
  const label = useQuestionLabels();
  const years = trendYears(trend).slice(-MAX_WAVES);
  const all = trendYears(trend);
  const last = all[all.length - 1]!;
  const previous = all.length > 1 ? all[all.length - 2]! : null;
  const first = all[0]!;
  let stage: string | null = null;
  const row = (s: TrendSeries, kpi: boolean) => {
    const newStage = !kpi && s.stageText !== null && s.stageText !== stage;
    if (!kpi) stage = s.stageText;
    const lastPoint = s.waves.find((w) => w.year === last);
    const lastValue = lastPoint && isTrendValue(lastPoint) ? lastPoint : null;
    return (
      <Fragment key={s.key}>
        {newStage && <StageRow text={s.stageText} colSpan={years.length + 3} />}
        <Table.Tr data-testid={`trend-row-${s.code}`}>
          <Table.Td>
            <Text size={present ? 'lg' : 'sm'} fw={kpi ? 700 : 500}>
              {kpi ? label(s.code) : s.label}
              {s.wordingChanges.length > 0 ? ' †' : ''}
            </Text>
          </Table.Td>
          {years.map((y) => {
            const p = s.waves.find((w) => w.year === y);
            const sig = p ? significance(p) : null;
            return (
              <Table.Td key={y} ta="right" data-testid={`trend-${s.code}-${y}`}>
                {p && isTrendValue(p) ? (
                  <Tooltip label={`n = ${formatNumber(p.n, lang)}`} withArrow>
                    <Text span size={present ? 'lg' : 'sm'} fw={sig ? 700 : 400}>
                      {trendValueText(s, p.value, lang)}
                      <Text
                        span
                        c={sig === 'up' ? 'teal.8' : 'red.8'}
                        ml={4}
                        display="inline-block"
                        w="0.9em"
                        ta="left"
                        aria-label={sig ? t('trend.significant') : undefined}
                      >
                        {sig === 'up' ? '▲' : sig === 'down' ? '▼' : ''}
                      </Text>
                    </Text>
                  </Tooltip>
                ) : (
                  <Tooltip label={t('trend.hidden', { k: trend.anonymityK })} withArrow>
                    <Text span c="dimmed" size="sm" mr="calc(0.9em + 4px)" data-testid="suppressed">
                      {NO_VALUE}
                    </Text>
                  </Tooltip>
                )}
              </Table.Td>
            );
          })}
          <Change test={lastValue?.vsPrevious ?? null} testId={`trend-${s.code}-vs-previous`} />
          <Change test={lastValue?.vsFirst ?? null} testId={`trend-${s.code}-vs-first`} />
        </Table.Tr>
      </Fragment>
    );
  };
  const wording = [...trend.kpis, ...trend.touchpoints].some((s) => s.wordingChanges.length > 0);
  return (
    <>
      <Table.ScrollContainer minWidth={640}>
        <Table data-testid="trend-table" verticalSpacing={6} className="tp-tabular">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('trend.colName')}</Table.Th>
              {years.map((y) => (
                <Table.Th key={y} ta="right">
                  {y}
                </Table.Th>
              ))}
              <Table.Th ta="right">
                {previous === null ? '' : t('trend.vsPrevious', { year: previous })}
              </Table.Th>
              <Table.Th ta="right">{t('trend.vsFirst', { year: first })}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {trend.kpis.map((s) => row(s, true))}
            {trend.touchpoints.map((s) => row(s, false))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {wording && (
        <Text size="xs" c="dimmed" data-testid="trend-wording">
          {t('trend.wording')}
        </Text>
      )}
    </>
  );
}
