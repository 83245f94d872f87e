/**
 * Composite 0–100 index over several rating items (e.g. a satisfaction index from three items on
 * different scales), per respondent and overall.
 */
import type { Scale } from './columns';
import { MissingCode, assertScale, isUsableWeight } from './columns';
import type { MeanEstimate } from './moments';
import { meanEstimate } from './moments';
import type { Index0to100 } from './units';
import { toIndex0to100 } from './units';

/** One item of a composite. */
export interface CompositeItem {
  readonly values: Float64Array;
  readonly scale: Scale;
  /** Missing codes; a non-zero code means "not answered" whatever the value. */
  readonly missing?: Uint8Array;
}

/** Options of {@link compositeIndex}. */
export interface CompositeOptions {
  /** Item weights (> 0), one per item; default equal. */
  readonly weights?: readonly number[];
  /** Respondent weights for the overall index; NaN, infinite or ≤ 0 leaves the respondent out of it. */
  readonly respondentWeights?: Float64Array;
  /**
   * Minimum share of the item weight a respondent must have answered to get an index
   * (default 0.5: at least half the items when weights are equal). In (0, 1].
   */
  readonly minAnsweredShare?: number;
}

/** Overall composite index: a mean estimate on the 0–100 index scale. */
export interface CompositeOverall extends Omit<MeanEstimate, 'mean' | 'ci95'> {
  readonly mean: Index0to100;
  /** Clipped to 0..100. */
  readonly ci95: readonly [Index0to100, Index0to100];
}

/** Result of {@link compositeIndex}. */
export interface CompositeResult {
  /** Index of each respondent, 0–100; NaN when too few items were answered. */
  readonly perRespondent: Float64Array;
  /** Share of the item weight each respondent answered, 0..1. */
  readonly answeredShare: Float64Array;
  /** Respondents without an index because they answered less than minAnsweredShare. */
  readonly tooFewAnswers: number;
  /** Respondents with an index but an unusable respondent weight (left out of `overall`). */
  readonly excludedByWeight: number;
  readonly overall: CompositeOverall;
}

/**
 * Composite index: each answered item is put on 0–100 as 100·(x − min)/(max − min) with its own
 * scale limits (the EPSI/ACSI convention; Fornell et al. 1996, J. Marketing 60:7–18), and a
 * respondent's index is the item-weighted mean over the items they answered,
 * I_i = Σ_{j answered} v_j·idx_ij / Σ_{j answered} v_j — provided Σ_{j answered} v_j / Σ_j v_j
 * ≥ minAnsweredShare (default ½), else NaN (the "half rule" for scale scores, e.g. Newman 2014,
 * Organizational Research Methods 17:372). An item is answered when its value is not NaN and its
 * missing code (if any) is 0.
 *
 * Overall: `meanEstimate` of the respondents' indices (respondent-weighted when weights are given:
 * linearization SE as R's svymean, t interval with Kish n_eff − 1 df).
 *
 * @throws Error('compositeIndex: …') with no items, columns of different lengths, bad scales,
 *   item weights that are not positive or not one per item, minAnsweredShare outside (0, 1],
 *   unknown missing codes or values outside an item's scale.
 */
export function compositeIndex(
  items: readonly CompositeItem[],
  options: CompositeOptions = {},
): CompositeResult {
  if (items.length === 0) throw new Error('compositeIndex: no items');
  const n = items[0].values.length;
  const itemWeights = options.weights ?? items.map(() => 1);
  const minShare = options.minAnsweredShare ?? 0.5;
  const rw = options.respondentWeights;
  if (itemWeights.length !== items.length) {
    throw new Error(`compositeIndex: ${itemWeights.length} item weights for ${items.length} items`);
  }
  if (itemWeights.some((v) => !(v > 0 && Number.isFinite(v)))) {
    throw new Error('compositeIndex: item weights must be positive numbers');
  }
  if (!(minShare > 0 && minShare <= 1)) {
    throw new Error(`compositeIndex: minAnsweredShare must be in (0, 1], got ${minShare}`);
  }
  if (rw && rw.length !== n)
    throw new Error(`compositeIndex: respondentWeights have length ${rw.length}, items have ${n}`);
  items.forEach((item, j) => {
    assertScale('compositeIndex', item.scale);
    if (item.values.length !== n)
      throw new Error(`compositeIndex: item ${j} has length ${item.values.length}, expected ${n}`);
    if (item.missing && item.missing.length !== n)
      throw new Error(`compositeIndex: missing of item ${j} has the wrong length`);
  });
  const totalWeight = itemWeights.reduce((s, v) => s + v, 0);
  const perRespondent = new Float64Array(n);
  const answeredShare = new Float64Array(n);
  let tooFewAnswers = 0;
  for (let i = 0; i < n; i++) {
    let num = 0;
    let den = 0;
    items.forEach((item, j) => {
      const code = item.missing ? item.missing[i] : MissingCode.answered;
      if (code > MissingCode.notApplicable)
        throw new Error(`compositeIndex: unknown missing code ${code} in item ${j} at row ${i}`);
      const x = item.values[i];
      if (code !== MissingCode.answered || Number.isNaN(x)) return;
      const { min, max } = item.scale;
      if (!(x >= min && x <= max))
        throw new Error(`compositeIndex: value ${x} of item ${j} at row ${i} is outside ${min}–${max}`);
      num += (itemWeights[j] * 100 * (x - min)) / (max - min);
      den += itemWeights[j];
    });
    const share = den / totalWeight;
    answeredShare[i] = share;
    if (den > 0 && share >= minShare - 1e-12) {
      // num / den can land a rounding error past the ends (100.00000000000001); the index is 0–100.
      perRespondent[i] = Math.min(100, Math.max(0, num / den));
    } else {
      perRespondent[i] = NaN;
      tooFewAnswers++;
    }
  }
  const vals: number[] = [];
  const ws: number[] = [];
  let excludedByWeight = 0;
  for (let i = 0; i < n; i++) {
    if (Number.isNaN(perRespondent[i])) continue;
    if (rw && !isUsableWeight(rw[i])) {
      excludedByWeight++;
      continue;
    }
    vals.push(perRespondent[i]);
    ws.push(rw ? rw[i] : 1);
  }
  const est = meanEstimate(Float64Array.from(vals), rw ? Float64Array.from(ws) : undefined);
  const clip = (x: number): Index0to100 => toIndex0to100(Number.isNaN(x) ? x : Math.min(100, Math.max(0, x)));
  return {
    perRespondent,
    answeredShare,
    tooFewAnswers,
    excludedByWeight,
    overall: { ...est, mean: toIndex0to100(est.mean), ci95: [clip(est.ci95[0]), clip(est.ci95[1])] },
  };
}
