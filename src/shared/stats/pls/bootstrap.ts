/**
 * Bootstrap inference for a PLS path model: resample respondents with replacement (Efron 1979),
 * re-estimate everything on each resample (no sign-change correction, as SmartPLS's default), and
 * report the standard deviation of the estimates as the standard error, t = estimate / SE, and
 * percentile intervals (Efron & Tibshirani 1993, "An introduction to the bootstrap", §13.3; Hair et
 * al. 2017, §5.3; Chin 1998). Seeded with the project's generator (../rng.ts), so the same seed and
 * data give the same intervals.
 */
import { createRng, resampleIndices } from '../rng';
import { fitPls, type FitOptions, type PlsFit } from './fit';
import type { PlsStructure } from './model';

export type BootstrapOptions = {
  /** Number of resamples (1 … 100 000). */
  readonly samples: number;
  /** Seed, an integer in 0..2³²−1. */
  readonly seed: number;
  /** Level of the percentile intervals, default 0.95. */
  readonly level?: number;
};

export type BootstrapSummary = {
  readonly mean: number;
  readonly se: number;
  readonly t: number;
  readonly lower: number;
  readonly upper: number;
};

/** A parameter of the model, as a bootstrap follows it. */
export type PlsParameter =
  | { readonly kind: 'path'; readonly from: number; readonly to: number }
  | { readonly kind: 'total'; readonly from: number; readonly to: number }
  | { readonly kind: 'weight'; readonly item: number }
  | { readonly kind: 'index' }
  | { readonly kind: 'importance'; readonly from: number };

export type PlsBootstrap = {
  readonly samples: number;
  readonly seed: number;
  readonly level: number;
  /** Resamples that could not be estimated (an item without variance in the resample, …). */
  readonly failed: number;
  readonly parameters: readonly PlsParameter[];
  readonly summaries: readonly BootstrapSummary[];
};

/** The parameters followed: paths, total effects where there is an effect, weights, index, importances. */
export function plsParameters(s: PlsStructure, fit: PlsFit): PlsParameter[] {
  const out: PlsParameter[] = s.paths.map(([from, to]) => ({ kind: 'path', from, to }) as const);
  s.blocks.forEach((_, from) =>
    s.blocks.forEach((__, to) => {
      if (fit.inner.total[from][to] !== 0) out.push({ kind: 'total', from, to });
    }),
  );
  s.items.forEach((_, item) => out.push({ kind: 'weight', item }));
  if (fit.ipma) {
    const t = fit.ipma.target;
    out.push({ kind: 'index' });
    s.blocks.forEach((_, from) => {
      if (fit.ipma?.total[from][t] !== 0) out.push({ kind: 'importance', from });
    });
  }
  return out;
}

/** A parameter's value in a fit. */
export function parameterValue(p: PlsParameter, fit: PlsFit): number {
  switch (p.kind) {
    case 'path':
      return fit.inner.b[p.from][p.to];
    case 'total':
      return fit.inner.total[p.from][p.to];
    case 'weight':
      return fit.weights[p.item];
    case 'index':
      return fit.ipma?.index ?? NaN;
    case 'importance':
      return fit.ipma ? fit.ipma.total[p.from][fit.ipma.target] : NaN;
  }
}

/** Quantile of sorted values by linear interpolation (Hyndman & Fan 1996, type 7; R's default). */
export function quantileSorted(sorted: Float64Array, p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

/**
 * Bootstraps a fitted model on its complete data `raw`. With survey `weights` each resampled
 * respondent keeps their weight and every resample is estimated weighted (Becker & Ismail 2016).
 *
 * @throws Error('bootstrapPls: …') for a bad number of samples or level, or when no resample could
 * be estimated.
 */
export function bootstrapPls(
  raw: readonly Float64Array[],
  s: PlsStructure,
  options: FitOptions,
  fit: PlsFit,
  boot: BootstrapOptions,
  weights?: Float64Array,
): PlsBootstrap {
  const level = boot.level ?? 0.95;
  if (!Number.isInteger(boot.samples) || boot.samples < 1 || boot.samples > 100_000)
    throw new Error(`bootstrapPls: samples must be a whole number in 1..100000, got ${boot.samples}`);
  if (!(level > 0 && level < 1)) throw new Error(`bootstrapPls: level must be in (0, 1), got ${level}`);
  const parameters = plsParameters(s, fit);
  const n = raw[0].length;
  const rng = createRng(boot.seed);
  const draws = parameters.map(() => new Float64Array(boot.samples));
  let ok = 0;
  let failed = 0;
  const resampled = raw.map(() => new Float64Array(n));
  const resampledWeights = weights ? new Float64Array(n) : undefined;
  for (let b = 0; b < boot.samples; b++) {
    const idx = resampleIndices(rng, n);
    raw.forEach((c, k) => {
      const out = resampled[k];
      for (let i = 0; i < n; i++) out[i] = c[idx[i]];
    });
    if (weights && resampledWeights) for (let i = 0; i < n; i++) resampledWeights[i] = weights[idx[i]];
    let f: PlsFit;
    try {
      f = fitPls(resampled, s, options, resampledWeights);
    } catch {
      failed++;
      continue;
    }
    parameters.forEach((p, q) => (draws[q][ok] = parameterValue(p, f)));
    ok++;
  }
  if (ok < 2) throw new Error(`bootstrapPls: only ${ok} of ${boot.samples} resamples could be estimated`);
  const alpha = (1 - level) / 2;
  const summaries = parameters.map((p, q) => {
    const v = draws[q].slice(0, ok);
    let m = 0;
    for (const x of v) m += x;
    m /= ok;
    let ss = 0;
    for (const x of v) ss += (x - m) * (x - m);
    const se = Math.sqrt(ss / (ok - 1));
    v.sort();
    return {
      mean: m,
      se,
      t: parameterValue(p, fit) / se,
      lower: quantileSorted(v, alpha),
      upper: quantileSorted(v, 1 - alpha),
    };
  });
  return { samples: boot.samples, seed: boot.seed, level, failed, parameters, summaries };
}
