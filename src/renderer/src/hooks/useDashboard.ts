import { useEffect, useState } from 'react';
import type { AnalysisFilter, WeightingReport } from '../../../shared/analysis/weighting';
import type { ApiError } from '../../../shared/api/errors';
import { useClient } from '../api/ApiProvider';
import type { FilteredDashboard } from '../components/dashboard/fromAnalysis';
import { dashboardFromAnalysis } from '../components/dashboard/fromAnalysis';
import { useLang } from './useLang';
import { useStudy } from './useStudy';
import { useWeightingTargets } from './useWeightingTargets';

export type DashboardState =
  | { kind: 'loading' }
  | { kind: 'empty' }
  | { kind: 'error'; error: ApiError }
  | ({ kind: 'ready'; weighting?: WeightingReport | undefined } & FilteredDashboard);

/**
 * The dashboard for the selected wave and live filter, refetched when the study changes (an import, a
 * new k), the language or the filter. Unfiltered: `analysis/dashboard`; filtered: `analysis/analyze`
 * with the filter (the dashboard operation takes none), shaped alike. When the study has weighting
 * targets, `analysis/analyze` raked to them, with the weighting report (effective n) in the state.
 */
export function useDashboard(filter: AnalysisFilter): DashboardState {
  const client = useClient();
  const lang = useLang();
  const { overview, waveYear } = useStudy();
  const [state, setState] = useState<DashboardState>({ kind: 'loading' });
  const version = overview.meta.updatedAt;
  const studyId = overview.studyId;
  const questionnaire = overview.questionnaire;
  const filterKey = JSON.stringify(filter);
  const targets = useWeightingTargets();
  const weighted = targets === null ? null : targets.length > 0;

  useEffect(() => {
    if (waveYear === null) {
      setState({ kind: 'empty' });
      return;
    }
    let live = true;
    setState((s) => (s.kind === 'ready' ? s : { kind: 'loading' }));
    if (weighted === null) return; // the targets are still loading
    const conditions = JSON.parse(filterKey) as AnalysisFilter;
    if (conditions.length === 0 && !weighted) {
      void client.invoke('analysis/dashboard', { studyId, waveYear, lang }).then((r) => {
        if (!live) return;
        setState(
          r.ok
            ? { kind: 'ready', result: r.value, hidden: null, n: null }
            : { kind: 'error', error: r.error },
        );
      });
    } else {
      const input = {
        studyId,
        waveYear,
        lang,
        ...(conditions.length ? { filter: conditions } : {}),
        ...(weighted ? { weighting: { kind: 'rake' as const } } : {}),
      };
      void client.invoke('analysis/analyze', input).then((r) => {
        if (!live) return;
        setState(
          r.ok
            ? {
                kind: 'ready',
                ...dashboardFromAnalysis(r.value, questionnaire, lang),
                ...(weighted ? { weighting: r.value.weighting } : {}),
              }
            : { kind: 'error', error: r.error },
        );
      });
    }
    return () => {
      live = false;
    };
  }, [client, studyId, waveYear, lang, version, filterKey, questionnaire, weighted]);

  return state;
}
