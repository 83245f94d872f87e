import { Button, Grid, Stack } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isSuppressed } from '../../../shared/analysis/dashboard';
import { makePalette } from '../../../shared/charts/palette';
import { PageHeader } from '../components/common/PageHeader';
import { FilterBar } from '../components/filter/FilterBar';
import { PresentFrame } from '../components/present/PresentFrame';
import { ThemesBesideDrivers } from '../components/comments/ThemesBesideDrivers';
import { DriversCard } from '../components/priorities/DriversCard';
import { MapCard } from '../components/priorities/MapCard';
import { PriorityControls } from '../components/priorities/PriorityControls';
import { PriorityList } from '../components/priorities/PriorityList';
import { currentValue } from '../hooks/useAnalysis';
import { usePriorities } from '../hooks/usePriorities';
import { useStudy } from '../hooks/useStudy';

/** Priorities: the importance–performance map, what to fix first, and the key drivers behind it. */
export function PrioritiesPage() {
  const { t } = useTranslation();
  const { overview, waveYear } = useStudy();
  const { settings, update, outcomes, map, drivers } = usePriorities();
  const [present, setPresent] = useState(false);
  const palette = useMemo(
    () => makePalette(overview.meta.branding.primaryColor),
    [overview.meta.branding.primaryColor],
  );
  const current = currentValue(map);
  const shownN = current && !isSuppressed(current.result) ? (current.filter?.n ?? null) : null;

  return (
    <Stack gap="xl" data-testid="priorities-page">
      <PageHeader
        title={t('priorities.title', { year: waveYear })}
        lead={t('priorities.lead')}
        actions={
          <Button data-testid="present-toggle" onClick={() => setPresent(true)} disabled={waveYear === null}>
            {t('dashboard.present')}
          </Button>
        }
      />
      <FilterBar n={shownN} />
      <PriorityControls settings={settings} outcomes={outcomes} update={update} />
      {/* Each card is as tall as its content; the map stays in view while the list scrolls past it. */}
      <Grid gap="lg" align="flex-start">
        <Grid.Col span={{ base: 12, lg: 7 }} style={{ position: 'sticky', top: 16 }}>
          <MapCard state={map} palette={palette} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <PriorityList state={map} palette={palette} />
        </Grid.Col>
      </Grid>
      <DriversCard state={drivers} palette={palette} />
      <ThemesBesideDrivers />
      <PresentFrame
        opened={present}
        onClose={() => setPresent(false)}
        heading={t('priorities.presentHeading', { year: waveYear })}
        n={shownN}
      >
        <Grid gap="xl" align="stretch">
          <Grid.Col span={7}>
            <MapCard state={map} palette={palette} present />
          </Grid.Col>
          <Grid.Col span={5}>
            <PriorityList state={map} palette={palette} present />
          </Grid.Col>
          <Grid.Col span={12}>
            <DriversCard state={drivers} palette={palette} present />
          </Grid.Col>
        </Grid>
      </PresentFrame>
    </Stack>
  );
}
