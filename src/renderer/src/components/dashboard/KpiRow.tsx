import { Grid, Progress, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isSuppressed } from '../../../../shared/analysis/dashboard';
import type { DashboardResult } from '../../../../shared/analysis/dashboard';
import type { WeightingReport } from '../../../../shared/analysis/weighting';
import { npsChart } from '../../../../shared/charts/nps';
import type { Palette } from '../../../../shared/charts/palette';
import { formatMargin, formatNumber, formatSigned } from '../../../../shared/format';
import { useLang } from '../../hooks/useLang';
import { ChartCanvas } from './ChartCanvas';
import { KpiCard, SuppressedValue } from './KpiCard';
import { LoyaltyCard } from './LoyaltyCard';

type Props = {
  result: DashboardResult;
  palette: Palette;
  present?: boolean;
  hidden?: boolean;
  /** The weighting the figures rest on: a weighted dashboard gives its Kish effective n here. */
  weighting?: WeightingReport | undefined;
};

/** NPS (with its margin and the promoter split), overall satisfaction, loyalty and the number of respondents. */
export function KpiRow({ result, palette, present, hidden, weighting }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const { nps, satisfaction } = result;
  const k = result.anonymityK;

  return (
    <Grid gap={present ? 'xl' : 'lg'} align="stretch">
      <Grid.Col span={{ base: 12, xl: 6 }}>
        <KpiCard
          testId="kpi-nps"
          present={present}
          accent
          label={t('dashboard.nps')}
          value={
            nps === null ? (
              '–'
            ) : isSuppressed(nps) ? (
              <SuppressedValue k={k} present={present} suppressed={nps} />
            ) : (
              formatSigned(nps.nps, lang, 0)
            )
          }
          detail={
            nps && !isSuppressed(nps) ? (
              <>
                <Text span fw={600} c="var(--mantine-color-text)" data-testid="kpi-nps-margin" inherit>
                  {formatMargin(nps.margin95, lang, 1)}
                </Text>{' '}
                {t('dashboard.npsMargin', { n: formatNumber(nps.n, lang) })}
              </>
            ) : nps === null ? (
              t('dashboard.notMeasured')
            ) : null
          }
        >
          {nps && !isSuppressed(nps) && (
            <ChartCanvas
              testId="nps-chart"
              label={t('dashboard.npsChart')}
              height={present ? 150 : 96}
              fontScale={present ? 1.5 : 1}
              spec={npsChart(nps, lang, { palette, showTitle: false })}
            />
          )}
        </KpiCard>
      </Grid.Col>
      <Grid.Col span={{ base: 6, md: 4, xl: 2 }}>
        <KpiCard
          testId="kpi-satisfaction"
          present={present}
          label={t('dashboard.satisfaction')}
          value={
            satisfaction === null ? (
              '–'
            ) : isSuppressed(satisfaction) ? (
              <SuppressedValue k={k} present={present} suppressed={satisfaction} />
            ) : (
              formatNumber(satisfaction.index, lang, 0)
            )
          }
          detail={
            satisfaction === null
              ? t('dashboard.notMeasured')
              : isSuppressed(satisfaction)
                ? null
                : t('dashboard.satisfactionDetail', {
                    mean: formatNumber(satisfaction.mean, lang, 2),
                    min: satisfaction.scale.min,
                    max: satisfaction.scale.max,
                  })
          }
        >
          {satisfaction && !isSuppressed(satisfaction) && (
            <Progress
              value={Math.max(0, Math.min(100, satisfaction.index))}
              size={present ? 'xl' : 'lg'}
              radius="xl"
              mt="auto"
              aria-label={t('dashboard.satisfaction')}
            />
          )}
        </KpiCard>
      </Grid.Col>
      <Grid.Col span={{ base: 6, md: 4, xl: 2 }}>
        <LoyaltyCard result={result} present={present} />
      </Grid.Col>
      <Grid.Col span={{ base: 6, md: 4, xl: 2 }}>
        <KpiCard
          testId="kpi-respondents"
          present={present}
          label={t('dashboard.respondents')}
          value={
            hidden ? (
              // the refusal of the whole result (the NPS carries it): the same words as the other cards
              <SuppressedValue k={k} present={present} suppressed={isSuppressed(nps) ? nps : undefined} />
            ) : (
              formatNumber(result.respondents, lang)
            )
          }
          detail={
            hidden
              ? null
              : weighting && weighting.kind !== 'none'
                ? t('dashboardMore.respondentsWeighted', {
                    year: result.waveYear,
                    effective: formatNumber(Math.round(weighting.effectiveN), lang),
                    kind: t(
                      weighting.kind === 'rake' ? 'dashboardMore.weightRake' : 'dashboardMore.weightColumn',
                    ),
                  })
                : t('dashboard.respondentsDetail', { year: result.waveYear })
          }
        />
      </Grid.Col>
    </Grid>
  );
}
