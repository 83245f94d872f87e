/**
 * Year over year: one statistic of one question in wave A against wave B, with the change and a named
 * significance test. Waves are independent samples.
 */
import { npsDifferenceZ, twoProportionZ, welchT } from '../stats/significance';
import type { Measure } from './breakdown';
import { suppressedCell } from './breakdown';
import type { Suppressed } from './dashboard';
import { groupedHistogram, npsStats, ratingStats, sumSlices } from './histogram';

export type CompareStatistic = 'mean' | 'index' | 'top2' | 'nps';

export type WaveValue = { n: number; weightedN: number; effectiveN: number; value: number };

export type Comparison = {
  question: string;
  questionText: string;
  statistic: CompareStatistic;
  a: WaveValue | Suppressed;
  b: WaveValue | Suppressed;
  /** b − a in the statistic's unit (scale points, index points, share 0..1, NPS points); null when suppressed. */
  change: number | null;
  test: { test: string; statistic: number; df: number | null; p: number; ci95: [number, number] } | null;
  /** The question was asked with other wording in the two waves (kept as comparable by the consultant). */
  wordingChanged?: boolean;
};

export type WaveSample = {
  values: Float64Array;
  missing?: Uint8Array | undefined;
  weights?: Float64Array | undefined;
};

/**
 * Compares wave A with wave B: means and 0–100 indices by Welch's t (the index is a linear rescaling
 * of the mean, so its t and p are the mean's; the change and interval are rescaled), top-2-box by the
 * pooled two-proportion z test, NPS by the NPS difference z test (src/shared/stats/significance.ts).
 * With weights, shares and means are weighted and n is Kish's effective n. A wave with n < k is
 * suppressed and nothing is tested.
 *
 * @throws Error('compareWaves: …') when the values are not whole scale points.
 */
export function compareWaves(
  m: Measure,
  statistic: CompareStatistic,
  A: WaveSample,
  B: WaveSample,
  k: number,
): Comparison {
  const scale = statistic === 'nps' ? { min: 0, max: 10 } : m.scale;
  const slice = (w: WaveSample) => {
    const h = groupedHistogram({ values: w.values, missing: w.missing, weights: w.weights, scale });
    if (!h) throw new Error(`compareWaves: ${m.code} has values that are not whole scale points`);
    return { s: sumSlices(h), weighted: h.weighted };
  };
  const sa = slice(A);
  const sb = slice(B);
  const base = { question: m.code, questionText: m.label, statistic };
  if (statistic === 'nps') {
    const a = npsStats(sa.s);
    const b = npsStats(sb.s);
    if (a.n < k || b.n < k || a.effectiveN < k || b.effectiveN < k)
      return suppressedPair(base, a.n, b.n, k, a, b, (x) => x.nps);
    const t = npsDifferenceZ(
      { nps: b.nps, variance: b.variance, n: b.effectiveN },
      { nps: a.nps, variance: a.variance, n: a.effectiveN },
    );
    return {
      ...base,
      a: value(a, a.nps),
      b: value(b, b.nps),
      change: t.diff,
      test: { test: t.test, statistic: t.statistic, df: null, p: t.p, ci95: [t.ci95[0], t.ci95[1]] },
    };
  }
  const a = ratingStats(sa.s, scale, sa.weighted);
  const b = ratingStats(sb.s, scale, sb.weighted);
  const pick = (x: typeof a) => (statistic === 'mean' ? x.mean : statistic === 'index' ? x.index : x.top2Box);
  if (a.n < k || b.n < k || a.effectiveN < k || b.effectiveN < k)
    return suppressedPair(base, a.n, b.n, k, a, b, pick);
  if (statistic === 'top2') {
    const t = twoProportionZ(
      { proportion: b.top2Box, n: b.effectiveN },
      { proportion: a.top2Box, n: a.effectiveN },
    );
    return {
      ...base,
      a: value(a, a.top2Box),
      b: value(b, b.top2Box),
      change: t.diff,
      test: { test: t.test, statistic: t.statistic, df: null, p: t.p, ci95: [t.ci95[0], t.ci95[1]] },
    };
  }
  const t = welchT({ mean: b.mean, sd: b.sd, n: b.effectiveN }, { mean: a.mean, sd: a.sd, n: a.effectiveN });
  const f = statistic === 'index' ? 100 / (scale.max - scale.min) : 1;
  return {
    ...base,
    a: value(a, pick(a)),
    b: value(b, pick(b)),
    change: t.diff * f,
    test: { test: t.test, statistic: t.statistic, df: t.df, p: t.p, ci95: [t.ci95[0] * f, t.ci95[1] * f] },
  };
}

function value(x: { n: number; weightedN: number; effectiveN: number }, v: number): WaveValue {
  return { n: x.n, weightedN: x.weightedN, effectiveN: x.effectiveN, value: v };
}

function suppressedPair<T extends { n: number; weightedN: number; effectiveN: number }>(
  base: Pick<Comparison, 'question' | 'questionText' | 'statistic'>,
  na: number,
  nb: number,
  k: number,
  a: T,
  b: T,
  pick: (x: T) => number,
): Comparison {
  return {
    ...base,
    a:
      na < k
        ? suppressedCell(k, 'below-k')
        : a.effectiveN < k
          ? suppressedCell(k, 'effective-n')
          : value(a, pick(a)),
    b:
      nb < k
        ? suppressedCell(k, 'below-k')
        : b.effectiveN < k
          ? suppressedCell(k, 'effective-n')
          : value(b, pick(b)),
    change: null,
    test: null,
  };
}
