import { useMemo } from 'react';
import type { DashboardResult } from '../../../shared/analysis/dashboard';
import { isSuppressed } from '../../../shared/analysis/dashboard';
import type { AnalysisFilter, WeightingReport } from '../../../shared/analysis/weighting';
import type { Analysed } from '../../../shared/api/analysis';
import type { ApiError } from '../../../shared/api/errors';
import type { FilteredDashboard } from '../components/dashboard/fromAnalysis';
import { currentValue, isUpdating, useAnalysis } from './useAnalysis';
import { filterInput } from './useFilter';
import { useLang } from './useLang';
import { useStudy } from './useStudy';
import { useWeightingTargets } from './useWeightingTargets';

export type DashboardState =
  | { kind: 'loading' }
  | { kind: 'empty' }
  | { kind: 'error'; error: ApiError }
  | ({ kind: 'ready'; updating: boolean; weighting?: WeightingReport | undefined } & FilteredDashboard);

/** The view's shape of an `analysis/dashboard` answer: a hidden filtered group hides every panel. */
function shaped(a: Analysed<DashboardResult>): FilteredDashboard {
  const r = a.result;
  if (isSuppressed(r)) {
    const base = { waveYear: a.waveYear, anonymityK: a.anonymityK, respondents: 0 };
    return { result: { ...base, nps: r, satisfaction: r, touchpoints: [] }, hidden: r, n: null };
  }
  return { result: r, hidden: null, n: a.filter ? a.filter.n : null };
}

/**
 * The dashboard for the selected wave and live filter (`analysis/dashboard`, which takes the filter),
 * refetched when the study changes (an import, a new k), the language or the filter. While the
 * answer for a new filter is computed the previous numbers stay, with `updating` set. When the study
 * has weighting targets, the dashboard is raked to them, with the weighting report (effective n).
 */
export function useDashboard(filter: AnalysisFilter): DashboardState {
  const lang = useLang();
  const { overview, waveYear } = useStudy();
  const targets = useWeightingTargets();
  const weighted = targets === null ? null : targets.length > 0;
  const input =
    waveYear === null || weighted === null
      ? null
      : {
          studyId: overview.studyId,
          waveYear,
          lang,
          ...filterInput(filter),
          ...(weighted ? { weighting: { kind: 'rake' as const } } : {}),
        };
  const state = useAnalysis('analysis/dashboard', input);
  const value = currentValue(state);
  const view = useMemo(() => (value ? shaped(value) : null), [value]);
  if (waveYear === null) return { kind: 'empty' };
  if (state.kind === 'error') return { kind: 'error', error: state.error };
  if (!view) return { kind: 'loading' };
  const weighting = weighted && value ? { weighting: value.weighting } : {};
  return { kind: 'ready', updating: isUpdating(state), ...view, ...weighting };
}
