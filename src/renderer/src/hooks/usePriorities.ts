import { useState } from 'react';
import { useAnalysis } from './useAnalysis';
import { filterInput, useFilter } from './useFilter';
import { useLang } from './useLang';
import { useOutcomes } from './useSegments';
import { useStudy } from './useStudy';

export type PrioritySettings = {
  outcome: string | null;
  importance: 'stated' | 'derived';
  crosshair: 'mean' | 'median' | 'midpoint';
  diagonal: boolean;
  bootstrap: boolean;
};

/** Resamples for the drivers' bootstrap intervals; the seed makes them reproducible. */
export const BOOTSTRAP = { resamples: 500, seed: 20_260 };

/** The priorities page's choices and its two analyses (map and drivers), both under the live filter. */
export function usePriorities() {
  const { overview, waveYear } = useStudy();
  const lang = useLang();
  const { filter } = useFilter();
  const outcomes = useOutcomes();
  const [settings, setSettings] = useState<PrioritySettings>({
    outcome: outcomes[0]?.code ?? null,
    importance: 'stated',
    crosshair: 'mean',
    diagonal: false,
    bootstrap: false,
  });
  const common =
    waveYear === null
      ? null
      : {
          studyId: overview.studyId,
          waveYear,
          lang,
          ...filterInput(filter),
          ...(settings.outcome ? { outcome: settings.outcome } : {}),
        };
  const map = useAnalysis(
    'analysis/map',
    common && {
      ...common,
      importance: settings.importance,
      crosshair: settings.crosshair,
      diagonal: settings.diagonal,
      missing: 'pairwise',
    },
  );
  const drivers = useAnalysis(
    'analysis/drivers',
    common && {
      ...common,
      drivers: 'performance',
      missing: 'pairwise',
      ...(settings.bootstrap ? { bootstrap: BOOTSTRAP } : {}),
    },
  );
  const update = (patch: Partial<PrioritySettings>) => setSettings((s) => ({ ...s, ...patch }));
  return { settings, update, outcomes, map, drivers };
}
