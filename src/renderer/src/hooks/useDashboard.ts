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
import { useWeightingChoice } from './useWeightingChoice';

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
 * answer for a new filter is computed the previous numbers stay, with `updating` set. The weighting is
 * the one chosen on the dashboard (by default raked to the study's targets when it has some), and
 * the weighting report (bases, Kish effective n) comes with every answer.
 */
export function useDashboard(filter: AnalysisFilter): DashboardState {
  const lang = useLang();
  const { overview, waveYear } = useStudy();
  const { kind } = useWeightingChoice();
  const input =
    waveYear === null || kind === null
      ? null
      : {
          studyId: overview.studyId,
          waveYear,
          lang,
          ...filterInput(filter),
          ...(kind !== 'none' ? { weighting: { kind } } : {}),
        };
  const state = useAnalysis('analysis/dashboard', input);
  const value = currentValue(state);
  const view = useMemo(() => (value ? shaped(value) : null), [value]);
  if (waveYear === null) return { kind: 'empty' };
  if (state.kind === 'error') return { kind: 'error', error: state.error };
  if (!view) return { kind: 'loading' };
  const weighting = value ? { weighting: value.weighting } : {};
  return { kind: 'ready', updating: isUpdating(state), ...view, ...weighting };
}
