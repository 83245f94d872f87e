/**
 * The trend over every wave: each KPI (overall satisfaction, NPS, loyalty when the study has it) and
 * each touchpoint's performance, per wave year with its base and value, tested against the previous
 * wave and against the first. Every test is `compareWaves` (./compare.ts), the change analysis's own
 * function: Welch t for the 0–100 indices (a rescaled mean), the NPS difference z for NPS. p-values are
 * adjusted as the change analysis adjusts them, Benjamini–Hochberg over one family: every comparison of
 * one wave with one reference wave (the previous, or the first). A wave (or a filtered group in it)
 * under k shows no value and no n, and nothing is tested against it.
 */
import { benjaminiHochberg } from '../stats/significance';
import type { CompareStatistic, Comparison, WaveSample } from './compare';
import { compareWaves } from './compare';
import type { Suppressed, SuppressedReason } from './dashboard';
import { isSuppressed } from './dashboard';
import type { QuestionMeta, WaveData } from './wave';
import { measureOf } from './wave';

/** The tests the trend uses, by the name each result carries. */
export const TREND_TESTS = { index: 'Welch t', nps: 'NPS difference z' } as const;
export const TREND_ADJUSTMENT = 'Benjamini–Hochberg' as const;

export type TrendTest = {
  /** The reference wave. */
  year: number;
  /** This wave − the reference, in the series' unit (index points, NPS points). */
  diff: number;
  test: string;
  statistic: number;
  df: number | null;
  p: number;
  /** p adjusted by Benjamini–Hochberg within the family (this wave against this reference). */
  q: number;
  significant: boolean;
  /** The question was asked with other wording in the two waves. */
  wordingChanged: boolean;
};

export type TrendValue = {
  year: number;
  n: number;
  /** With weighting: the weighted base and Kish's effective n; else both equal n. */
  weightedN: number;
  effectiveN: number;
  value: number;
  vsPrevious: TrendTest | null;
  vsFirst: TrendTest | null;
};

export type TrendHidden = {
  year: number;
  suppressed: true;
  k: number;
  reason: SuppressedReason;
  vsPrevious: null;
  vsFirst: null;
};

export type TrendPoint = TrendValue | TrendHidden;

export type TrendSeries = {
  /** 'satisfaction' | 'nps' | 'loyalty' for the KPIs, the question code for a touchpoint. */
  key: string;
  code: string;
  label: string;
  /** 'index' (0–100) or 'nps' (−100…+100). */
  unit: 'index' | 'nps';
  stageText: string | null;
  waves: TrendPoint[];
  /** Years whose wording differs from the wave before (the mark on the chart and table). */
  wordingChanges: number[];
};

export type TrendWave =
  | { year: number; n: number; weightedN: number; effectiveN: number }
  | { year: number; suppressed: true; k: number; reason: SuppressedReason };

export type TrendResult = {
  waves: TrendWave[];
  anonymityK: number;
  tests: typeof TREND_TESTS;
  adjustment: { method: typeof TREND_ADJUSTMENT; alpha: number; family: string };
  kpis: TrendSeries[];
  touchpoints: TrendSeries[];
};

/**
 * One wave as the trend takes it: its (filtered, weighted) data, the refusal of the whole wave (the
 * filter would single out a group, or the weighted base is a few people's), and its base: respondents,
 * Σ weights and Kish's effective n (all n when unweighted).
 */
export type TrendWaveInput = {
  year: number;
  data: WaveData;
  refused: Suppressed | null;
  base: { n: number; weightedN: number; effectiveN: number };
};

export type TrendOptions = {
  /** Whether `code` was asked with other wording in wave `a` than in wave `b`. */
  wordingDiffers(code: string, a: number, b: number): boolean;
  alpha?: number;
};

export const isTrendValue = (p: TrendPoint): p is TrendValue => !('suppressed' in p);

const KPI_ROLES = [
  ['satisfaction', 'outcome-satisfaction'],
  ['nps', 'outcome-recommend'],
  ['loyalty', 'loyalty'],
] as const;

function sample(w: WaveData, code: string): WaveSample {
  const m = measureOf(w, code);
  return { values: m.values, missing: m.missing, weights: w.weights };
}

function hidden(year: number, s: Suppressed): TrendHidden {
  return { year, suppressed: true, k: s.k, reason: s.reason ?? 'below-k', vsPrevious: null, vsFirst: null };
}

function testOf(c: Comparison, year: number, wordingChanged: boolean): TrendTest | null {
  if (!c.test || c.change === null) return null;
  const { test, statistic, df, p } = c.test;
  return { year, diff: c.change, test, statistic, df, p, q: NaN, significant: false, wordingChanged };
}

function seriesOf(
  waves: TrendWaveInput[],
  q: QuestionMeta,
  key: string,
  label: string,
  opts: TrendOptions,
): TrendSeries {
  const unit = q.role === 'outcome-recommend' ? 'nps' : 'index';
  const stat: CompareStatistic = unit === 'nps' ? 'nps' : 'index';
  const first = waves[0]!;
  const points: TrendPoint[] = waves.map((w, i) => {
    if (w.refused) return hidden(w.year, w.refused);
    const m = measureOf(w.data, q.code);
    const against = (ref: TrendWaveInput): Comparison =>
      compareWaves(m, stat, sample(ref.data, q.code), sample(w.data, q.code), w.data.k);
    // The wave's own figure: the "b" side of a comparison with itself (the same histogram path).
    const own = against(w).b;
    if (isSuppressed(own)) return hidden(w.year, own);
    const vs = (ref: TrendWaveInput | undefined): TrendTest | null => {
      if (!ref || ref === w || ref.refused) return null;
      const c = against(ref);
      return isSuppressed(c.a) ? null : testOf(c, ref.year, opts.wordingDiffers(q.code, ref.year, w.year));
    };
    const previous = i > 0 ? waves[i - 1] : undefined;
    return {
      year: w.year,
      n: own.n,
      weightedN: own.weightedN,
      effectiveN: own.effectiveN,
      value: own.value,
      vsPrevious: vs(previous),
      vsFirst: vs(first),
    };
  });
  const wordingChanges = waves
    .slice(1)
    .filter((w, i) => opts.wordingDiffers(q.code, waves[i]!.year, w.year))
    .map((w) => w.year);
  return {
    key,
    code: q.code,
    label,
    unit,
    stageText: q.stageText,
    waves: points,
    wordingChanges,
  };
}

/** Adjusts each family (one wave against one reference) with Benjamini–Hochberg, in place. */
function adjust(all: TrendSeries[], alpha: number): void {
  const families = new Map<string, TrendTest[]>();
  for (const s of all)
    for (const p of s.waves) {
      if (!isTrendValue(p)) continue;
      for (const [ref, t] of [
        ['previous', p.vsPrevious],
        ['first', p.vsFirst],
      ] as const) {
        if (!t) continue;
        const key = `${p.year}:${ref}`;
        const list = families.get(key) ?? [];
        list.push(t);
        families.set(key, list);
      }
    }
  for (const tests of families.values()) {
    const bh = benjaminiHochberg(
      tests.map((t) => (Number.isFinite(t.p) ? t.p : NaN)),
      alpha,
    );
    tests.forEach((t, i) => {
      t.q = bh.qValues[i] ?? NaN;
      t.significant = Number.isFinite(t.q) && t.q <= alpha;
    });
  }
}

/**
 * The trend of `waves` (oldest first; each already filtered and weighted as the request asks). The
 * questions are those of the newest wave that is shown; a question not asked in a wave has no
 * answers there and shows as under k.
 *
 * @throws Error('trendAnalysis: …') without a wave.
 */
export function trendAnalysis(waves: TrendWaveInput[], opts: TrendOptions): TrendResult {
  if (waves.length === 0) throw new Error('trendAnalysis: no wave to show');
  const alpha = opts.alpha ?? 0.05;
  const last = waves[waves.length - 1]!;
  const k = last.data.k;
  const questions = last.data.questions.filter((q) => q.scale);
  const kpis = KPI_ROLES.flatMap(([key, role]) => {
    const q = questions.find((x) => x.role === role);
    return q ? [seriesOf(waves, q, key, q.text, opts)] : [];
  });
  const touchpoints = questions
    .filter((q) => q.role === 'performance')
    .map((q) => seriesOf(waves, q, q.code, q.touchpointText ?? q.text, opts));
  adjust([...kpis, ...touchpoints], alpha);
  return {
    waves: waves.map((w): TrendWave => {
      if (w.refused)
        return { year: w.year, suppressed: true, k: w.refused.k, reason: w.refused.reason ?? 'filter' };
      if (w.base.n < k) return { year: w.year, suppressed: true, k, reason: 'below-k' };
      return { year: w.year, ...w.base };
    }),
    anonymityK: k,
    tests: TREND_TESTS,
    adjustment: {
      method: TREND_ADJUSTMENT,
      alpha,
      family: 'every KPI and touchpoint of one wave against one reference wave (the previous, or the first)',
    },
    kpis,
    touchpoints,
  };
}
