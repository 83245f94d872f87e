import { Card, Grid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DriversResult } from '../../../../shared/analysis/drivers';
import type { Analysed } from '../../../../shared/api/analysis';
import {
  decompositionNote,
  driversCaption,
  driversChart,
  driversChartHeight,
} from '../../../../shared/charts/drivers';
import type { Palette } from '../../../../shared/charts/palette';
import { formatNumber } from '../../../../shared/format';
import { SpecChart } from '../../charts/SpecChart';
import type { AsyncState } from '../../hooks/useAnalysis';
import { useLang } from '../../hooks/useLang';
import { useQuestionLabels } from '../../hooks/useQuestionLabels';
import { AnalysisBody } from '../common/AnalysisBody';
import { DriversTable } from './DriversTable';

type Props = { state: AsyncState<Analysed<DriversResult>>; palette: Palette; present?: boolean };

/** Key drivers of the outcome: chart and table, with R², n and the missing-value handling stated. */
export function DriversCard({ state, palette, present }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const label = useQuestionLabels();
  return (
    <Card withBorder={!present} radius="lg" p={present ? 'xl' : 'lg'} data-testid="drivers-card">
      <AnalysisBody state={state} present={present}>
        {(r) => {
          const name = label(r.outcome);
          // Mid-sentence: "What drives overall satisfaction", keeping acronyms such as NPS.
          const outcome = name.charAt(0).toLocaleLowerCase() + name.slice(1);
          const chart = (
            <SpecChart
              testId="drivers-chart"
              label={t('priorities.driversTitle', { outcome })}
              height={Math.round(driversChartHeight(r.drivers.length) * (present ? 1.45 : 1.1))}
              fontScale={present ? 1.45 : 1}
              spec={driversChart(r, lang, { palette, showTitle: false, outcomeLabel: outcome })}
            />
          );
          return (
            <Stack gap="sm">
              <Title order={present ? 2 : 4}>{t('priorities.driversTitle', { outcome })}</Title>
              <Text size={present ? 'lg' : 'sm'} c="dimmed" data-testid="drivers-caption">
                {driversCaption(r, lang)}
              </Text>
              {present ? (
                chart
              ) : (
                <Grid gap="xl">
                  <Grid.Col span={{ base: 12, lg: 6 }}>{chart}</Grid.Col>
                  <Grid.Col span={{ base: 12, lg: 6 }}>
                    <DriversTable result={r} />
                  </Grid.Col>
                </Grid>
              )}
              <Text size="xs" c="dimmed" data-testid="drivers-method">
                {t('priorities.method')}{' '}
                <span data-testid="drivers-decomposition" data-method={r.shapleyMethod.method}>
                  {decompositionNote(r, lang)}
                </span>{' '}
                {r.bootstrap
                  ? t('priorities.bootstrapNote', {
                      resamples: formatNumber(r.bootstrap.resamples, lang),
                      level: formatNumber(100 * r.bootstrap.level, lang),
                      seed: r.bootstrap.seed,
                    })
                  : ''}
                {r.weighted ? ` ${t('priorities.weighted')}` : ''}
              </Text>
            </Stack>
          );
        }}
      </AnalysisBody>
    </Card>
  );
}
