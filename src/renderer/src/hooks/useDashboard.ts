import { useEffect, useState } from 'react';
import type { AnalysisFilter } from '../../../shared/analysis/weighting';
import type { ApiError } from '../../../shared/api/errors';
import { useClient } from '../api/ApiProvider';
import type { FilteredDashboard } from '../components/dashboard/fromAnalysis';
import { dashboardFromAnalysis } from '../components/dashboard/fromAnalysis';
import { useLang } from './useLang';
import { useStudy } from './useStudy';

export type DashboardState =
  | { kind: 'loading' }
  | { kind: 'empty' }
  | { kind: 'error'; error: ApiError }
  | ({ kind: 'ready' } & FilteredDashboard);

/**
 * The dashboard for the selected wave and live filter, refetched when the study changes (an import, a
 * new k), the language or the filter. Unfiltered: `analysis/dashboard`; filtered: `analysis/analyze`
 * with the filter (the dashboard operation takes none), shaped alike.
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

  useEffect(() => {
    if (waveYear === null) {
      setState({ kind: 'empty' });
      return;
    }
    let live = true;
    setState((s) => (s.kind === 'ready' ? s : { kind: 'loading' }));
    const conditions = JSON.parse(filterKey) as AnalysisFilter;
    if (conditions.length === 0) {
      void client.invoke('analysis/dashboard', { studyId, waveYear, lang }).then((r) => {
        if (!live) return;
        setState(
          r.ok
            ? { kind: 'ready', result: r.value, hidden: null, n: null }
            : { kind: 'error', error: r.error },
        );
      });
    } else {
      void client.invoke('analysis/analyze', { studyId, waveYear, lang, filter: conditions }).then((r) => {
        if (!live) return;
        setState(
          r.ok
            ? { kind: 'ready', ...dashboardFromAnalysis(r.value, questionnaire, lang) }
            : { kind: 'error', error: r.error },
        );
      });
    }
    return () => {
      live = false;
    };
  }, [client, studyId, waveYear, lang, version, filterKey, questionnaire]);

  return state;
}
