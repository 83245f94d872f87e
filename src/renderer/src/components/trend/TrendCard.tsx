import { Card, Loader, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isSuppressed } from '../../../../shared/analysis/dashboard';
import { currentValue, isUpdating } from '../../hooks/useAnalysis';
import { SuppressedNotice } from '../common/SuppressedNotice';
import { TrendChart } from './TrendChart';
import { TrendTable } from './TrendTable';
import { useTrend } from './useTrend';

/**
 * The trend over every wave up to the shown one, for the filtered group: the KPI and NPS line charts,
 * then every KPI and touchpoint by wave. `present` draws it at projector size (a slide's body).
 */
export function TrendCard({ present }: { present?: boolean }) {
  const { t } = useTranslation();
  const { years, state, palette } = useTrend();
  if (!state) return null;
  const value = currentValue(state);
  const trend = value && !isSuppressed(value.result) ? value.result : null;
  const updating = isUpdating(state);
  return (
    <Card
      withBorder={!present}
      radius="lg"
      p={present ? 'xl' : 'lg'}
      data-testid="trend-card"
      data-updating={updating ? 'true' : 'false'}
      style={{ opacity: updating ? 0.5 : 1, transition: 'opacity 150ms ease-out' }}
    >
      <Title order={present ? 2 : 4} mb={4}>
        {t('trend.title')}
      </Title>
      <Text size={present ? 'lg' : 'sm'} c="dimmed" mb="md">
        {t('trend.lead', { first: years[0], last: years[years.length - 1] })}
      </Text>
      {value === null ? (
        state.kind === 'error' ? (
          <Text c="red">
            {t(`errors.${state.error.code}`, {
              defaultValue: state.error.message,
              ...(state.error.details ?? {}),
            })}
          </Text>
        ) : (
          <Loader size="sm" />
        )
      ) : isSuppressed(value.result) ? (
        <SuppressedNotice suppressed={value.result} present={present} />
      ) : (
        trend && (
          <Stack gap="lg">
            <TrendChart trend={trend} palette={palette} present={present} />
            <Title order={present ? 3 : 5}>{t('trend.touchpoints')}</Title>
            <TrendTable trend={trend} present={present} />
          </Stack>
        )
      )}
    </Card>
  );
}
