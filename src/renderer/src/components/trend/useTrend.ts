import { useMemo } from 'react';
import type { Suppressed } from '../../../../shared/analysis/dashboard';
import type { TrendResult } from '../../../../shared/analysis/trend';
import type { Analysed } from '../../../../shared/api/analysis';
import type { Palette } from '../../../../shared/charts/palette';
import { makePalette } from '../../../../shared/charts/palette';
import type { AsyncState } from '../../hooks/useAnalysis';
import { useAnalysis } from '../../hooks/useAnalysis';
import { filterInput, useFilter } from '../../hooks/useFilter';
import { useLang } from '../../hooks/useLang';
import { useStudy } from '../../hooks/useStudy';

export type TrendState = {
  /** The answered waves up to the shown one; the trend needs two. */
  years: number[];
  state: AsyncState<Analysed<TrendResult | Suppressed>> | null;
  palette: Palette;
};

/** `analysis/trend` for the shown wave, language and live filter (what the card and the slide draw). */
export function useTrend(): TrendState {
  const lang = useLang();
  const { overview, waveYear } = useStudy();
  const { filter } = useFilter();
  const palette = useMemo(
    () => makePalette(overview.meta.branding.primaryColor),
    [overview.meta.branding.primaryColor],
  );
  const years = overview.waves
    .filter((w) => w.respondents > 0 && (waveYear === null || w.year <= waveYear))
    .map((w) => w.year);
  const state = useAnalysis(
    'analysis/trend',
    years.length < 2 || waveYear === null
      ? null
      : { studyId: overview.studyId, waveYear, lang, ...filterInput(filter) },
  );
  return { years, state: years.length < 2 ? null : state, palette };
}
