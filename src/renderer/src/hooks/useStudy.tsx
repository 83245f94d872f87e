import { createContext, useContext } from 'react';
import type { StudyOverview } from '../../../shared/domain/study';

export type StudyState = {
  overview: StudyOverview;
  /** Replace the overview after an operation that returned a fresh one. */
  update(next: StudyOverview): void;
  /** The wave the dashboard and report look at; null when the study has no data yet. */
  waveYear: number | null;
  setWaveYear(year: number): void;
};

export const StudyContext = createContext<StudyState | null>(null);

export function useStudy(): StudyState {
  const s = useContext(StudyContext);
  if (!s) throw new Error('useStudy: no open study');
  return s;
}

/** The newest wave, the natural default for the dashboard. */
export function latestWave(o: StudyOverview): number | null {
  return o.waves.reduce<number | null>((m, w) => (m === null || w.year > m ? w.year : m), null);
}
