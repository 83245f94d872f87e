import { AppShell, Box, Button, Group, NavLink, Select, Stack, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import type { AnalysisFilter } from '../../../shared/analysis/weighting';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../components/common/LanguageSwitch';
import { AnalysisQueries } from '../hooks/AnalysisQueries';
import { FilterContext } from '../hooks/useFilter';
import { useStudy } from '../hooks/useStudy';
import { CommentsPage } from './CommentsPage';
import { DashboardPage } from './DashboardPage';
import { DataPage } from './DataPage';
import { PrioritiesPage } from './PrioritiesPage';
import { QuestionnairePage } from './QuestionnairePage';
import { ReportPage } from './ReportPage';
import { SettingsPage } from './SettingsPage';
import { UnitsPage } from './UnitsPage';

const PAGES = [
  'dashboard',
  'priorities',
  'units',
  'comments',
  'questionnaire',
  'data',
  'report',
  'settings',
] as const;
type PageName = (typeof PAGES)[number];

type ShellProps = { onClose(): void; onSaveAs(): void };

/** The open study: its pages, sharing one live filter and one cache of analysis answers. */
export function StudyShell(props: ShellProps) {
  return (
    <AnalysisQueries>
      <StudyPages {...props} />
    </AnalysisQueries>
  );
}

function StudyPages({ onClose, onSaveAs }: ShellProps) {
  const { t } = useTranslation();
  const { overview, waveYear, setWaveYear } = useStudy();
  const [page, setPage] = useState<PageName>(overview.waves.length > 0 ? 'dashboard' : 'questionnaire');
  const waves = [...overview.waves].sort((a, b) => b.year - a.year);
  const [filter, setFilter] = useState<AnalysisFilter>([]);
  const filterState = useMemo(() => ({ filter, setFilter }), [filter]);

  return (
    <FilterContext.Provider value={filterState}>
      <AppShell header={{ height: 64 }} navbar={{ width: 220, breakpoint: 0 }} padding={0}>
        <AppShell.Header px="lg">
          <Group h="100%" justify="space-between" wrap="nowrap">
            <Group gap="sm" wrap="nowrap" miw={0}>
              <Box w={10} h={28} bg="var(--mantine-primary-color-filled)" style={{ borderRadius: 3 }} />
              <Text fw={700} size="lg" truncate data-testid="study-heading">
                {overview.meta.client}
                <Text span c="dimmed" fw={500}>
                  {' — '}
                  {overview.meta.title}
                </Text>
              </Text>
            </Group>
            <Group gap="md" wrap="nowrap">
              <Select
                data-testid="wave-select"
                aria-label={t('shell.wave')}
                placeholder={t('shell.noWaves')}
                w={150}
                size="sm"
                allowDeselect={false}
                disabled={waves.length === 0}
                value={waveYear === null ? null : String(waveYear)}
                onChange={(v) => v && setWaveYear(Number(v))}
                data={waves.map((w) => ({
                  value: String(w.year),
                  label: t('shell.waveLabel', { year: w.year }),
                }))}
              />
              <LanguageSwitch />
              <Button variant="subtle" color="gray" onClick={onClose} data-testid="close-study">
                {t('shell.close')}
              </Button>
            </Group>
          </Group>
        </AppShell.Header>

        <AppShell.Navbar p="sm">
          <Stack gap={2}>
            {PAGES.map((p) => (
              <NavLink
                key={p}
                data-testid={`nav-${p}`}
                label={t(`nav.${p}`)}
                active={page === p}
                onClick={() => setPage(p)}
                variant="light"
                style={{ borderRadius: 'var(--mantine-radius-md)' }}
                fw={page === p ? 600 : 500}
              />
            ))}
          </Stack>
        </AppShell.Navbar>

        <AppShell.Main bg="var(--mantine-color-gray-0)">
          <Box p="xl" maw={1280}>
            {page === 'dashboard' && <DashboardPage onGoToData={() => setPage('data')} />}
            {page === 'priorities' && <PrioritiesPage />}
            {page === 'units' && <UnitsPage />}
            {page === 'comments' && <CommentsPage />}
            {page === 'questionnaire' && <QuestionnairePage />}
            {page === 'data' && <DataPage onShowDashboard={() => setPage('dashboard')} />}
            {page === 'report' && <ReportPage />}
            {page === 'settings' && <SettingsPage onSaveAs={onSaveAs} />}
          </Box>
        </AppShell.Main>
      </AppShell>
    </FilterContext.Provider>
  );
}
