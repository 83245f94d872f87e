import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { StudyOverview } from '../../shared/domain/study';
import { useApi } from './hooks/useApi';
import { latestWave, StudyContext } from './hooks/useStudy';
import type { StudyState } from './hooks/useStudy';
import { useShellEvents } from './hooks/useShellEvents';
import { useStudyActions } from './hooks/useStudyActions';
import { StartPage } from './pages/StartPage';
import { StudyShell } from './pages/StudyShell';
import { DEFAULT_BRAND } from './theme';

export function App({ onBrand }: { onBrand(hex: string): void }) {
  const api = useApi();
  const [overview, setOverview] = useState<StudyOverview | null>(null);
  const [waveYear, setWaveYear] = useState<number | null>(null);
  const current = useRef<StudyOverview | null>(null);
  current.current = overview;

  const opened = useCallback((o: StudyOverview) => {
    setOverview(o);
    setWaveYear(latestWave(o));
  }, []);

  const update = useCallback((o: StudyOverview) => {
    setOverview(o);
    // Keep the chosen wave if it still exists; otherwise jump to the newest (e.g. after a first import).
    setWaveYear((y) => (y !== null && o.waves.some((w) => w.year === y) ? y : latestWave(o)));
  }, []);

  const close = useCallback(async () => {
    const o = current.current;
    if (o) await api('study/close', { studyId: o.studyId });
    setOverview(null);
    setWaveYear(null);
  }, [api]);

  const actions = useStudyActions(opened);
  useShellEvents({ actions, close, current });

  useEffect(() => onBrand(overview?.meta.branding.primaryColor ?? DEFAULT_BRAND), [overview, onBrand]);

  const state = useMemo<StudyState | null>(
    () =>
      overview && {
        overview,
        update,
        waveYear,
        setWaveYear,
      },
    [overview, update, waveYear],
  );

  if (!state) return <StartPage actions={actions} onOpened={opened} />;
  return (
    <StudyContext.Provider value={state}>
      <StudyShell
        key={state.overview.studyId}
        onClose={() => void close()}
        onSaveAs={() => void actions.saveAs(state.overview)}
      />
    </StudyContext.Provider>
  );
}
