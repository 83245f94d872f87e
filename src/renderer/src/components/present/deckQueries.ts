import { useAnalysis } from '../../hooks/useAnalysis';
import { filterInput, useFilter } from '../../hooks/useFilter';
import { useLang } from '../../hooks/useLang';
import { useStudy } from '../../hooks/useStudy';

/**
 * The analyses behind the slides, each run by its own slide only, so a filter change asks for the
 * dashboard and the slide on screen, not for every slide at once. The inputs are those of the
 * priorities and units pages with their default settings (the same cached answers).
 */
function useCommon(outcome: string | null) {
  const { overview, waveYear } = useStudy();
  const lang = useLang();
  const { filter } = useFilter();
  return waveYear === null
    ? null
    : {
        studyId: overview.studyId,
        waveYear,
        lang,
        ...filterInput(filter),
        ...(outcome ? { outcome } : {}),
      };
}

export function useDeckMap(outcome: string | null) {
  const common = useCommon(outcome);
  return useAnalysis(
    'analysis/map',
    common && { ...common, importance: 'stated', crosshair: 'mean', diagonal: false, missing: 'pairwise' },
  );
}

export function useDeckDrivers(outcome: string | null) {
  const common = useCommon(outcome);
  return useAnalysis(
    'analysis/drivers',
    common && { ...common, drivers: 'performance', missing: 'pairwise' },
  );
}

export function useDeckUnits(variable: string | null) {
  const common = useCommon(null);
  return useAnalysis('analysis/breakdown', common && variable !== null ? { ...common, variable } : null);
}

export function useDeckChange(previous: number | null) {
  const { overview, waveYear } = useStudy();
  const lang = useLang();
  const { filter } = useFilter();
  return useAnalysis(
    'analysis/compare',
    previous === null || waveYear === null
      ? null
      : {
          studyId: overview.studyId,
          waveA: previous,
          waveB: waveYear,
          statistic: 'index',
          lang,
          ...filterInput(filter),
        },
  );
}

/** A few comments of one NPS group (or of everyone) for the comments slide, masked, under the live filter. */
export function useDeckComments(npsGroup: 'promoter' | 'detractor' | null) {
  const common = useCommon(null);
  return useAnalysis(
    'analysis/comments',
    common && { ...common, ...(npsGroup ? { npsGroup } : {}), offset: 0, limit: 4 },
  );
}
