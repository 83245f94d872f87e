/**
 * Net Promoter Score (Reichheld 2003) with its standard error and two intervals.
 * The same function serves the employee NPS (eNPS): same question form, same classes, same maths.
 */
import type { ColumnOptions, MissingCounts } from './columns';
import { collectValid } from './columns';
import type { NpsPoints } from './units';
import { toNpsPoints } from './units';

/** One NPS class. */
export interface NpsClass {
  readonly count: number;
  /** Σw of the class (= count without weights). */
  readonly weightedCount: number;
  /** Weighted share of the class among valid answers, 0..1. */
  readonly share: number;
}

/** Result of {@link nps}. */
export interface NpsResult {
  readonly weighted: boolean;
  /** Valid answers (unweighted). */
  readonly n: number;
  readonly weightedN: number;
  /** Kish effective n; the n behind se and the intervals (= n without weights). */
  readonly effectiveN: number;
  readonly missing: MissingCounts;
  readonly excludedByWeight: number;
  /** 9–10 */
  readonly promoters: NpsClass;
  /** 7–8 */
  readonly passives: NpsClass;
  /** 0–6 */
  readonly detractors: NpsClass;
  /** 100·(p − d) */
  readonly nps: NpsPoints;
  /** Per-respondent variance of the NPS fraction, p + d − (p − d)² (0..1). */
  readonly variance: number;
  /** Standard error in points, 100·√(variance/n_eff). */
  readonly se: number;
  /** 1.96·se, in points. */
  readonly margin95: number;
  /** Wald interval nps ± margin95, clipped to −100..100. */
  readonly ci95: readonly [NpsPoints, NpsPoints];
  /** Adjusted-Wald interval (Rocks 2016), clipped to −100..100. */
  readonly adjustedWaldCi95: readonly [NpsPoints, NpsPoints];
}

/** Counts of the three classes, for {@link npsFromCounts}. */
export interface NpsCounts {
  readonly promoters: number;
  readonly passives: number;
  readonly detractors: number;
}

const Z95 = 1.96;

function clipPoints(x: number): NpsPoints {
  return toNpsPoints(Number.isNaN(x) ? x : Math.min(100, Math.max(-100, x)));
}

interface NpsCore {
  readonly counts: NpsCounts;
  readonly weightedCounts: NpsCounts;
  readonly effectiveN: number;
}

function build(
  core: NpsCore,
  rest: Pick<NpsResult, 'weighted' | 'n' | 'missing' | 'excludedByWeight'>,
): NpsResult {
  const { counts, weightedCounts: wc, effectiveN } = core;
  const W = wc.promoters + wc.passives + wc.detractors;
  const p = W > 0 ? wc.promoters / W : NaN;
  const d = W > 0 ? wc.detractors / W : NaN;
  const variance = p + d - (p - d) * (p - d);
  const se = 100 * Math.sqrt(variance / effectiveN);
  const score = 100 * (p - d);
  const margin95 = Z95 * se;
  // Adjusted Wald: n' = n + 3 and ¾ added to promoters and to detractors (so 1½ to passives),
  // on effective counts when weighted.
  const n2 = effectiveN + 3;
  const pa = (p * effectiveN + 0.75) / n2;
  const da = (d * effectiveN + 0.75) / n2;
  const adj = pa - da;
  const adjMargin = Z95 * Math.sqrt((pa + da - adj * adj) / n2);
  const share = (x: number): number => (W > 0 ? x / W : NaN);
  const cls = (k: keyof NpsCounts): NpsClass => ({
    count: counts[k],
    weightedCount: wc[k],
    share: share(wc[k]),
  });
  return {
    ...rest,
    weightedN: W,
    effectiveN,
    promoters: cls('promoters'),
    passives: cls('passives'),
    detractors: cls('detractors'),
    nps: toNpsPoints(score),
    variance,
    se,
    margin95,
    ci95: [clipPoints(score - margin95), clipPoints(score + margin95)],
    adjustedWaldCi95: [clipPoints(100 * (adj - adjMargin)), clipPoints(100 * (adj + adjMargin))],
  };
}

/**
 * Net Promoter Score of 0–10 likelihood-to-recommend answers (also eNPS).
 *
 * Promoters 9–10, passives 7–8, detractors 0–6 (Reichheld 2003, HBR 81(12)); with shares p and d,
 * NPS = 100·(p − d) points. The NPS is the mean of a score +1/0/−1, whose per-respondent variance
 * is Var = p + d − (p − d)², so SE = 100·√(Var/n) and the Wald margin is 1.96·SE
 * (stats.stackexchange.com/q/18603; checked against the README vector 54/108/162 → Var = 5/9).
 * Adjusted-Wald interval (Rocks 2016, The American Statistician 70(4):365–372; as described by
 * Sauro & Lewis, MeasuringU 2021): n′ = n + 3, p′ = (P + ¾)/n′, d′ = (D + ¾)/n′,
 * (p′ − d′) ± 1.96·√((p′ + d′ − (p′ − d′)²)/n′) — ¾ goes to promoters and detractors only, which
 * is what Rocks evaluated (DESIGN.md's "¾ to each count" would add 2¼, not 3).
 *
 * Weighted: p and d are weighted shares and n is Kish's effective n = (Σw)²/Σw² (Kish 1965), in the
 * SE and in the adjusted Wald (effective counts p·n_eff, d·n_eff). Intervals are clipped to ±100.
 * Who counts, missing codes and unusable weights: as in `describe`.
 *
 * n = 0: NaN throughout. n = 1: Var = 0, so the Wald interval has zero width; prefer adjusted Wald.
 *
 * @throws Error('nps: …') on a value that is not an integer 0–10, length mismatches or unknown
 *   missing codes.
 */
export function nps(values0to10: Float64Array, options: ColumnOptions = {}): NpsResult {
  const valid = collectValid('nps', values0to10, { ...options, scale: { min: 0, max: 10 } });
  const counts = { promoters: 0, passives: 0, detractors: 0 };
  const wc = { promoters: 0, passives: 0, detractors: 0 };
  let W2 = 0;
  for (let i = 0; i < valid.values.length; i++) {
    const x = valid.values[i];
    const w = valid.weights[i];
    if (!Number.isInteger(x))
      throw new Error(`nps: value ${x} at row ${valid.rows[i]} is not an integer 0–10`);
    const k = x >= 9 ? 'promoters' : x >= 7 ? 'passives' : 'detractors';
    counts[k]++;
    wc[k] += w;
    W2 += w * w;
  }
  const W = wc.promoters + wc.passives + wc.detractors;
  return build(
    { counts, weightedCounts: wc, effectiveN: W2 > 0 ? (W * W) / W2 : 0 },
    {
      weighted: valid.weighted,
      n: valid.values.length,
      missing: valid.missing,
      excludedByWeight: valid.excludedByWeight,
    },
  );
}

/**
 * NPS from class counts (unweighted), for published tables and aggregated data: same formulas as
 * {@link nps} with n = promoters + passives + detractors (Reichheld 2003; Rocks 2016).
 *
 * @throws Error('npsFromCounts: …') when a count is negative or not an integer.
 */
export function npsFromCounts(counts: NpsCounts): NpsResult {
  for (const k of ['promoters', 'passives', 'detractors'] as const) {
    const v = counts[k];
    if (!Number.isInteger(v) || v < 0)
      throw new Error(`npsFromCounts: ${k} must be a non-negative integer, got ${v}`);
  }
  const n = counts.promoters + counts.passives + counts.detractors;
  return build(
    { counts, weightedCounts: counts, effectiveN: n },
    {
      weighted: false,
      n,
      missing: { noAnswer: 0, dontKnow: 0, notApplicable: 0 },
      excludedByWeight: 0,
    },
  );
}
