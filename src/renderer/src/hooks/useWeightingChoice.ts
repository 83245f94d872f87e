import { useCallback, useSyncExternalStore } from 'react';
import type { WeightingChoice } from '../../../shared/analysis/weighting';
import { useStudy } from './useStudy';
import { useWeightingTargets } from './useWeightingTargets';

export type WeightingKind = WeightingChoice['kind'];

/** The choice per open study for this window's life (the dashboard's control; present mode follows). */
const chosen = new Map<string, WeightingKind>();
const listeners = new Set<() => void>();
const subscribe = (l: () => void) => {
  listeners.add(l);
  return () => listeners.delete(l);
};

/**
 * The weighting the dashboard uses: what the facilitator chose on screen, or by default the
 * population targets when the study stores some (else none). `rake` without stored targets falls
 * back to none. `kind` is null while the targets load.
 */
export function useWeightingChoice(): {
  kind: WeightingKind | null;
  hasTargets: boolean;
  setKind(k: WeightingKind): void;
} {
  const { overview } = useStudy();
  const studyId = overview.studyId;
  const targets = useWeightingTargets();
  const picked = useSyncExternalStore(subscribe, () => chosen.get(studyId) ?? null);
  const setKind = useCallback(
    (k: WeightingKind) => {
      chosen.set(studyId, k);
      listeners.forEach((l) => l());
    },
    [studyId],
  );
  if (targets === null) return { kind: null, hasTargets: false, setKind };
  const hasTargets = targets.length > 0;
  const fallback: WeightingKind = hasTargets ? 'rake' : 'none';
  const kind = picked === 'rake' && !hasTargets ? 'none' : (picked ?? fallback);
  return { kind, hasTargets, setKind };
}
