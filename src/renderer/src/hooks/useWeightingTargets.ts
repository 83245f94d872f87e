import { useEffect, useState } from 'react';
import type { RakeTarget } from '../../../shared/analysis/weighting';
import { useClient } from '../api/ApiProvider';
import { useStudy } from './useStudy';

/**
 * The study's weighting targets (analysis/getWeightingTargets), reloaded when the study changes
 * (saving targets updates the study's `updatedAt`); null while loading.
 */
export function useWeightingTargets(): RakeTarget[] | null {
  const client = useClient();
  const { overview } = useStudy();
  const studyId = overview.studyId;
  const version = overview.meta.updatedAt;
  const [targets, setTargets] = useState<RakeTarget[] | null>(null);
  useEffect(() => {
    let live = true;
    void client.invoke('analysis/getWeightingTargets', { studyId }).then((r) => {
      if (live) setTargets(r.ok ? r.value.targets : []);
    });
    return () => {
      live = false;
    };
  }, [client, studyId, version]);
  return targets;
}
