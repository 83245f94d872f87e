import { Badge, Box, Button, Card, Center, Group, Loader, Stack, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { makePalette } from '../../../shared/charts/palette';
import { formatNumber } from '../../../shared/format';
import { PageHeader } from '../components/common/PageHeader';
import { DashboardView } from '../components/dashboard/DashboardView';
import { PresentMode } from '../components/dashboard/PresentMode';
import { ChangeCard } from '../components/change/ChangeCard';
import { PlsIndexCard } from '../components/pls/PlsIndexCard';
import { TrendCard } from '../components/trend/TrendCard';
import { ErrorNotice } from '../components/common/ErrorNotice';
import { BaseLine } from '../components/dashboard/BaseLine';
import { CommentsPanel } from '../components/dashboard/CommentsPanel';
import { WeightingControl } from '../components/dashboard/WeightingControl';
import { FilterBar } from '../components/filter/FilterBar';
import { UpdatingBadge } from '../components/common/UpdatingBadge';
import { useDashboard } from '../hooks/useDashboard';
import { useFilter } from '../hooks/useFilter';
import { useLang } from '../hooks/useLang';
import { useStudy } from '../hooks/useStudy';

export function DashboardPage({ onGoToData }: { onGoToData(): void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { overview, waveYear } = useStudy();
  const { filter } = useFilter();
  const state = useDashboard(filter);
  const [present, setPresent] = useState(false);
  const palette = useMemo(
    () => makePalette(overview.meta.branding.primaryColor),
    [overview.meta.branding.primaryColor],
  );
  const ready = state.kind === 'ready' ? state : null;
  // The same answer draws the same element: a filter click re-renders the bar, not the charts.
  const view = useMemo(
    () =>
      ready && (
        <DashboardView
          result={ready.result}
          hidden={ready.hidden}
          palette={palette}
          weighting={ready.weighting}
        />
      ),
    [ready?.result, ready?.hidden, ready?.weighting, palette],
  );

  if (state.kind === 'empty') {
    return (
      <Stack data-testid="dashboard-page">
        <PageHeader title={t('dashboard.title')} />
        <Card withBorder radius="lg" p="xl">
          <Stack align="flex-start">
            <Text>{t('dashboard.noData')}</Text>
            <Button onClick={onGoToData}>{t('dashboard.goImport')}</Button>
          </Stack>
        </Card>
      </Stack>
    );
  }

  return (
    <Stack gap="xl" data-testid="dashboard-page">
      <PageHeader
        title={t('dashboard.resultsFor', { year: waveYear })}
        lead={
          state.kind === 'ready' && !state.hidden
            ? t('dashboard.lead', {
                n: formatNumber(state.result.respondents, lang),
                k: state.result.anonymityK,
              })
            : undefined
        }
        actions={
          <Button
            data-testid="present-toggle"
            variant="filled"
            disabled={state.kind !== 'ready'}
            onClick={() => setPresent(true)}
          >
            {t('dashboard.present')}
          </Button>
        }
      />
      <FilterBar n={state.kind === 'ready' ? state.n : null} />
      <Group gap="lg" mt={-16} justify="space-between" wrap="wrap">
        <Stack gap={2}>
          {state.kind === 'ready' && state.weighting?.kind === 'rake' && !state.hidden && (
            <Group gap="xs" data-testid="dashboard-weighted">
              <Badge color="teal" variant="light">
                {t('weighting.badge')}
              </Badge>
              <Text size="sm" c="dimmed">
                {t('weighting.dashboardWeighted', {
                  effective: formatNumber(Math.round(state.weighting.effectiveN), lang),
                  n: formatNumber(state.weighting.unweightedN, lang),
                })}
              </Text>
            </Group>
          )}
          {state.kind === 'ready' && state.weighting && (
            <BaseLine weighting={state.weighting} hidden={!!state.hidden} />
          )}
        </Stack>
        <WeightingControl />
      </Group>
      {state.kind === 'loading' && (
        <Center h={300}>
          <Loader />
        </Center>
      )}
      {state.kind === 'error' && <ErrorNotice error={state.error} testId="dashboard-error" />}
      {state.kind === 'ready' && (
        <>
          <Box pos="relative">
            <Box
              data-testid="dashboard-results"
              aria-busy={state.updating}
              data-updating={state.updating ? 'true' : 'false'}
              style={{ opacity: state.updating ? 0.5 : 1, transition: 'opacity 150ms ease-out' }}
            >
              {view}
            </Box>
            <UpdatingBadge visible={state.updating} testId="dashboard-updating" placement="gap" />
          </Box>
          <ChangeCard />
          <PlsIndexCard />
          <TrendCard />
          <CommentsPanel filter={filter} />
          <PresentMode
            opened={present}
            onClose={() => setPresent(false)}
            result={state.result}
            hidden={state.hidden}
            n={state.n}
            palette={palette}
          />
        </>
      )}
    </Stack>
  );
}
