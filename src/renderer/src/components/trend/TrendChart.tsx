import { SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TrendResult } from '../../../../shared/analysis/trend';
import { localTestName } from '../../../../shared/charts/change';
import type { Palette } from '../../../../shared/charts/palette';
import { trendChart, trendChartHeight } from '../../../../shared/charts/trend';
import { formatNumber } from '../../../../shared/format';
import { SpecChart } from '../../charts/SpecChart';
import { useLang } from '../../hooks/useLang';
import { useQuestionLabels } from '../../hooks/useQuestionLabels';

type Props = {
  trend: TrendResult;
  palette: Palette;
  /** Projector size (present mode): larger type, no image menu. */
  present?: boolean;
};

/**
 * The trend's line charts — the index KPIs (satisfaction, loyalty) and NPS, side by side — drawn from
 * the shared spec (src/shared/charts/trend.ts) the PDF and the deck use, with the legend that names
 * the tests. Self-contained: give it an `analysis/trend` result; present mode mounts it as a slide.
 */
export function TrendChart({ trend, palette, present }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const label = useQuestionLabels();
  const labels = Object.fromEntries(trend.kpis.map((s) => [s.key, label(s.code)]));
  const groups = (['index', 'nps'] as const)
    .map((unit) => ({ unit, series: trend.kpis.filter((s) => s.unit === unit) }))
    .filter((g) => g.series.length > 0);
  const scale = present ? 1.5 : 1;
  const tests = [...new Set(trend.kpis.map((s) => s.unit))]
    .sort()
    .map((u) => localTestName(trend.tests[u], lang))
    .join(', ');
  return (
    <Stack gap="xs" data-testid="trend-chart">
      <SimpleGrid cols={{ base: 1, md: groups.length }} spacing="lg">
        {groups.map((g) => {
          const title = g.unit === 'nps' ? t('trend.nps') : t('trend.kpis');
          return (
            <Stack key={g.unit} gap={4}>
              <Text fw={600} size={present ? 'xl' : 'sm'}>
                {title}
              </Text>
              <SpecChart
                testId={`trend-chart-${g.unit}`}
                label={`${t('trend.title')}: ${title}`}
                height={Math.round(trendChartHeight(g.series.length + 2) * (present ? 1.4 : 0.95))}
                fontScale={scale}
                noImageMenu={present}
                spec={trendChart(trend, lang, {
                  palette,
                  unit: g.unit,
                  series: g.series,
                  labels,
                  showTitle: false,
                })}
              />
            </Stack>
          );
        })}
      </SimpleGrid>
      <Text size={present ? 'md' : 'xs'} c="dimmed" data-testid="trend-legend">
        {t('trend.legend', {
          tests,
          alpha: formatNumber(100 * trend.adjustment.alpha, lang, 0),
          k: trend.anonymityK,
        })}
      </Text>
    </Stack>
  );
}
