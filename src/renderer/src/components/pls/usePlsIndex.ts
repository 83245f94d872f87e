import { useQuery } from '@tanstack/react-query';
import type { PlsModel } from '../../../../shared/api/pls';
import { useClient } from '../../api/ApiProvider';
import { useAnalysis } from '../../hooks/useAnalysis';
import { filterInput, useFilter } from '../../hooks/useFilter';
import { useLang } from '../../hooks/useLang';
import { usePreviousWave, useSegments } from '../../hooks/useSegments';
import { useStudy } from '../../hooks/useStudy';
import { useWeightingChoice } from '../../hooks/useWeightingChoice';

/** Bootstrap samples for the index's interval and its change on screen: a stable 95 % interval, quick. */
export const PLS_BOOTSTRAP = 300;

/** The study's PLS model, or null when it has none (undefined while it loads). */
export function usePlsModel(): PlsModel | null | undefined {
  const client = useClient();
  const { overview } = useStudy();
  const studyId = overview.studyId;
  const q = useQuery({
    queryKey: ['study/getPlsModel', studyId, overview.meta.updatedAt],
    queryFn: async () => {
      const r = await client.invoke('study/getPlsModel', { studyId });
      return r.ok ? r.value.model : null;
    },
    staleTime: Infinity,
  });
  return q.data;
}

/** The units the index is shown by: the units page's default (BRANCH, else the first background question). */
export function usePlsUnitVariable(): string | null {
  const segments = useSegments();
  return segments.find((s) => s.code === 'BRANCH')?.code ?? segments[0]?.code ?? null;
}

/**
 * The index of the filtered group with its change since the previous wave and each unit's index:
 * one input for the dashboard card and the present-mode slide, so both read the same cached answer.
 * Weighted as the dashboard is (its weighting choice, the same input field as every analysis).
 */
export function usePlsIndexLive(model: PlsModel | null | undefined) {
  const { overview, waveYear } = useStudy();
  const lang = useLang();
  const { filter } = useFilter();
  const previous = usePreviousWave(waveYear);
  const byUnit = usePlsUnitVariable();
  const { kind } = useWeightingChoice();
  return useAnalysis(
    'analysis/plsIndex',
    !model || waveYear === null || kind === null
      ? null
      : {
          studyId: overview.studyId,
          waveYear,
          lang,
          ...filterInput(filter),
          ...(kind !== 'none' ? { weighting: { kind } } : {}),
          bootstrap: PLS_BOOTSTRAP,
          seed: 1,
          ...(previous !== null ? { compareWith: previous } : {}),
          ...(byUnit !== null ? { byUnit } : {}),
        },
  );
}
