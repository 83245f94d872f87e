import { Card, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DashboardResult, Suppressed } from '../../../../shared/analysis/dashboard';
import type { Palette } from '../../../../shared/charts/palette';
import type { WeightingReport } from '../../../../shared/analysis/weighting';
import {
  journeyRows,
  reportableTouchpoints,
  touchpointChart,
  touchpointChartSize,
} from '../../../../shared/charts/touchpoint';
import { useLang } from '../../hooks/useLang';
import { SuppressedNotice } from '../common/SuppressedNotice';
import { ChartCanvas } from './ChartCanvas';
import { KpiRow } from './KpiRow';
import { TouchpointTable } from './TouchpointTable';

type Props = {
  result: DashboardResult;
  palette: Palette;
  present?: boolean;
  hidden?: Suppressed | null;
  weighting?: WeightingReport | undefined;
};

/** The dashboard's content; the same layout, larger, in present mode (without the table). */
export function DashboardView({ result, palette, present, hidden, weighting }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const journey = journeyRows(reportableTouchpoints(result), present ? 48 : 40);
  const rows = journey.length;
  const scale = present ? 1.5 : 1;
  // The spec's size is for the PDF's 900 px; the screen is wider, so give rows a little more air.
  const height = Math.round(touchpointChartSize(journey).height * (present ? 1.6 : 1.25));
  const hasTouchpoints = result.touchpoints.length > 0;

  const chart = (
    <Card withBorder={!present} radius="lg" p={present ? 'xl' : 'lg'} h="100%">
      <Title order={present ? 2 : 4} mb={4}>
        {t('dashboard.journey')}
      </Title>
      <Text size={present ? 'lg' : 'sm'} c="dimmed" mb="md">
        {t('dashboard.journeyLead')}
      </Text>
      {hidden ? (
        <SuppressedNotice suppressed={hidden} present={present} />
      ) : rows > 0 ? (
        <ChartCanvas
          testId="touchpoint-chart"
          label={t('dashboard.journey')}
          base={t('chartImages.base', { n: result.respondents })}
          height={height}
          fontScale={scale}
          spec={touchpointChart(result, lang, { palette, showTitle: false, wrapAt: present ? 48 : 40 })}
        />
      ) : (
        <Text c="dimmed">{t('dashboard.noTouchpoints')}</Text>
      )}
    </Card>
  );

  return (
    <Stack gap={present ? 'xl' : 'lg'}>
      <KpiRow result={result} palette={palette} present={present} hidden={!!hidden} weighting={weighting} />
      {(hasTouchpoints || hidden) &&
        (present ? (
          chart
        ) : (
          <>
            {chart}
            <Card withBorder radius="lg" p="lg">
              <Title order={4} mb="xs">
                {t('dashboard.table')}
              </Title>
              {hidden ? <SuppressedNotice suppressed={hidden} /> : <TouchpointTable result={result} />}
            </Card>
          </>
        ))}
    </Stack>
  );
}
