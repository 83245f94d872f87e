import { Card, Loader, Stack, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { isSuppressed } from '../../../../shared/analysis/dashboard';
import {
  changeCaption,
  changeChart,
  changeChartHeight,
  changeSignificance,
} from '../../../../shared/charts/change';
import { makePalette } from '../../../../shared/charts/palette';
import { SpecChart } from '../../charts/SpecChart';
import { currentValue, useAnalysis } from '../../hooks/useAnalysis';
import { filterInput, useFilter } from '../../hooks/useFilter';
import { useLang } from '../../hooks/useLang';
import { useQuestionLabels } from '../../hooks/useQuestionLabels';
import { usePreviousWave } from '../../hooks/useSegments';
import { useStudy } from '../../hooks/useStudy';
import { ErrorNotice } from '../common/ErrorNotice';
import { SuppressedNotice } from '../common/SuppressedNotice';
import { NpsChange } from './NpsChange';

/** Year over year: NPS and every touchpoint's index against the previous wave, for the filtered group. */
export function ChangeCard({ present }: { present?: boolean }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { overview, waveYear } = useStudy();
  const { filter } = useFilter();
  const label = useQuestionLabels();
  const previous = usePreviousWave(waveYear);
  const palette = useMemo(
    () => makePalette(overview.meta.branding.primaryColor),
    [overview.meta.branding.primaryColor],
  );
  const state = useAnalysis(
    'analysis/compare',
    previous === null || waveYear === null
      ? null
      : {
          studyId: overview.studyId,
          waveA: previous,
          waveB: waveYear,
          statistic: 'index',
          lang,
          ...filterInput(filter),
        },
  );
  const value = currentValue(state);
  if (previous === null) return null;
  const compare = value && !isSuppressed(value.result) ? value.result : null;
  const rows = compare ? changeSignificance(compare) : [];
  const npsRow = rows.find((r) => r.comparison.statistic === 'nps');
  const others = rows.filter((r) => r.comparison.statistic !== 'nps');
  const labels = Object.fromEntries(others.map((r) => [r.comparison.question, label(r.comparison.question)]));

  return (
    <Card withBorder={!present} radius="lg" p={present ? 'xl' : 'lg'} data-testid="change-card">
      <Title order={present ? 2 : 4} mb={4}>
        {t('change.title', { year: previous })}
      </Title>
      <Text size={present ? 'lg' : 'sm'} c="dimmed" mb="md">
        {t('change.lead')}
      </Text>
      {value === null ? (
        state.kind === 'error' ? (
          <ErrorNotice error={state.error} present={present} />
        ) : (
          <Loader size="sm" />
        )
      ) : isSuppressed(value.result) ? (
        <SuppressedNotice suppressed={value.result} present={present} />
      ) : (
        compare && (
          <Stack gap="md">
            {npsRow && <NpsChange row={npsRow} present={present} />}
            <SpecChart
              testId="change-chart"
              label={t('change.title', { year: previous })}
              height={Math.round(changeChartHeight(others.length) * (present ? 1.5 : 1.15))}
              fontScale={present ? 1.5 : 1}
              spec={changeChart(compare, lang, { palette, showTitle: false, labels })}
            />
            <Text size={present ? 'md' : 'xs'} c="dimmed" data-testid="change-footnote">
              {changeCaption(compare, rows, lang)}
            </Text>
          </Stack>
        )
      )}
    </Card>
  );
}
