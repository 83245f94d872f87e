/**
 * The change of the index between two independent samples (two waves): the model is estimated on
 * each, the difference of the indices is bootstrapped by resampling each sample on its own
 * (Efron & Tibshirani 1993, §8.3 "two-sample problem"), with a percentile interval and a two-sided
 * bootstrap p-value, p = 2·min(P*(d ≤ 0), P*(d ≥ 0)) (Efron & Tibshirani 1993, §16.4; as EPSI
 * Rating and Hair et al. 2018, ch. 4, test group differences).
 */
import { createRng, resampleIndices } from '../rng';
import { quantileSorted } from './bootstrap';
import { fitPls, type FitOptions } from './fit';
import type { PlsStructure } from './model';

export type IndexDifference = {
  /** Index of the later sample minus that of the earlier. */
  readonly difference: number;
  readonly before: number;
  readonly after: number;
  readonly se: number;
  readonly lower: number;
  readonly upper: number;
  readonly p: number;
  readonly samples: number;
  readonly seed: number;
  readonly level: number;
  readonly failed: number;
};

function indexOf(
  raw: readonly Float64Array[],
  s: PlsStructure,
  options: FitOptions,
  weights?: Float64Array,
): number {
  const ip = fitPls(raw, s, options, weights).ipma;
  if (!ip) throw new Error('indexDifference: the model has no target');
  return ip.index;
}

/** Fills `out` (one buffer per column, reused across draws) with the rows `idx` of `raw`. */
function resampleInto(raw: readonly Float64Array[], idx: Uint32Array, out: Float64Array[]): Float64Array[] {
  const n = idx.length;
  for (let k = 0; k < raw.length; k++) {
    const c = raw[k];
    const o = out[k];
    for (let i = 0; i < n; i++) o[i] = c[idx[i]];
  }
  return out;
}

/** The resampled weights in a reused buffer, or undefined unweighted. */
function pickInto(
  w: Float64Array | undefined,
  idx: Uint32Array,
  out: Float64Array,
): Float64Array | undefined {
  if (!w) return undefined;
  for (let i = 0; i < idx.length; i++) out[i] = w[idx[i]];
  return out;
}

/**
 * The bootstrapped difference after − before of the target's index, both samples complete (missing
 * values handled) and in {@link PlsStructure.items} order; with survey weights (one vector per
 * sample) each is estimated weighted and resampled respondents keep their weights (Becker & Ismail
 * 2016).
 *
 * @throws Error('indexDifference: …') for a model without target, a bad number of samples, or when
 * fewer than two resample pairs could be estimated.
 */
export function indexDifference(
  before: readonly Float64Array[],
  after: readonly Float64Array[],
  s: PlsStructure,
  options: FitOptions,
  boot: { samples: number; seed: number; level?: number },
  weights?: { readonly before: Float64Array; readonly after: Float64Array },
): IndexDifference {
  const level = boot.level ?? 0.95;
  if (!Number.isInteger(boot.samples) || boot.samples < 2 || boot.samples > 100_000)
    throw new Error(`indexDifference: samples must be a whole number in 2..100000, got ${boot.samples}`);
  const a = indexOf(before, s, options, weights?.before);
  const b = indexOf(after, s, options, weights?.after);
  const na = before[0].length;
  const nb = after[0].length;
  const bufA = before.map(() => new Float64Array(na));
  const bufB = after.map(() => new Float64Array(nb));
  const wA = new Float64Array(na);
  const wB = new Float64Array(nb);
  const rng = createRng(boot.seed);
  const d = new Float64Array(boot.samples);
  let ok = 0;
  for (let r = 0; r < boot.samples; r++) {
    const ia = resampleIndices(rng, na);
    const ib = resampleIndices(rng, nb);
    try {
      d[ok] =
        indexOf(resampleInto(after, ib, bufB), s, options, pickInto(weights?.after, ib, wB)) -
        indexOf(resampleInto(before, ia, bufA), s, options, pickInto(weights?.before, ia, wA));
      ok++;
    } catch {
      // a resample without variance in an item: counted as failed
    }
  }
  if (ok < 2) throw new Error(`indexDifference: only ${ok} of ${boot.samples} resamples could be estimated`);
  const v = d.slice(0, ok).sort();
  let m = 0;
  for (const x of v) m += x;
  m /= ok;
  let ss = 0;
  let below = 0;
  let above = 0;
  for (const x of v) {
    ss += (x - m) * (x - m);
    if (x <= 0) below++;
    if (x >= 0) above++;
  }
  const alpha = (1 - level) / 2;
  return {
    difference: b - a,
    before: a,
    after: b,
    se: Math.sqrt(ss / (ok - 1)),
    lower: quantileSorted(v, alpha),
    upper: quantileSorted(v, 1 - alpha),
    p: Math.min(1, (2 * Math.min(below, above)) / ok),
    samples: boot.samples,
    seed: boot.seed,
    level,
    failed: boot.samples - ok,
  };
}
