import { Loader, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isSuppressed } from '../../../../shared/analysis/dashboard';
import { currentValue } from '../../hooks/useAnalysis';
import { SuppressedNotice } from '../common/SuppressedNotice';
import { TrendChart } from './TrendChart';
import { useTrend } from './useTrend';

/**
 * The trend as one present-mode slide: the KPI and NPS line charts at projector size for the live
 * filter, with the legend that names the tests. Self-contained (it asks for `analysis/trend` itself),
 * so a slide registry mounts it with one entry; the deck prints its title. A study with one wave says the trend needs two.
 */
export function TrendSlide() {
  const { t } = useTranslation();
  const { years, state, palette } = useTrend();
  if (!state) return <Text size="xl">{t('trend.oneWave')}</Text>;
  const value = currentValue(state);
  return (
    <Stack gap="lg" data-testid="trend-slide">
      <Text size="lg" c="dimmed">
        {t('trend.lead', { first: years[0], last: years[years.length - 1] })}
      </Text>
      {value === null ? (
        state.kind === 'error' ? (
          <Text c="red" size="lg">
            {t(`errors.${state.error.code}`, {
              defaultValue: state.error.message,
              ...(state.error.details ?? {}),
            })}
          </Text>
        ) : (
          <Loader />
        )
      ) : isSuppressed(value.result) ? (
        <SuppressedNotice suppressed={value.result} present />
      ) : (
        <TrendChart trend={value.result} palette={palette} present />
      )}
    </Stack>
  );
}
