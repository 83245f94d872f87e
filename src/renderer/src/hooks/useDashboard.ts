import { useEffect, useState } from 'react';
import type { DashboardResult } from '../../../shared/analysis/dashboard';
import type { ApiError } from '../../../shared/api/errors';
import { useClient } from '../api/ApiProvider';
import { useLang } from './useLang';
import { useStudy } from './useStudy';

export type DashboardState =
  | { kind: 'loading' }
  | { kind: 'empty' }
  | { kind: 'error'; error: ApiError }
  | { kind: 'ready'; result: DashboardResult };

/** The dashboard for the selected wave, refetched when the study changes (an import, a new k) or the language. */
export function useDashboard(): DashboardState {
  const client = useClient();
  const lang = useLang();
  const { overview, waveYear } = useStudy();
  const [state, setState] = useState<DashboardState>({ kind: 'loading' });
  const version = overview.meta.updatedAt;
  const studyId = overview.studyId;

  useEffect(() => {
    if (waveYear === null) {
      setState({ kind: 'empty' });
      return;
    }
    let live = true;
    setState((s) => (s.kind === 'ready' ? s : { kind: 'loading' }));
    void client.invoke('analysis/dashboard', { studyId, waveYear, lang }).then((r) => {
      if (!live) return;
      setState(r.ok ? { kind: 'ready', result: r.value } : { kind: 'error', error: r.error });
    });
    return () => {
      live = false;
    };
  }, [client, studyId, waveYear, lang, version]);

  return state;
}
