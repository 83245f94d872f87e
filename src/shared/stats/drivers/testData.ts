/**
 * Seeded synthetic survey data for tests and benchmarks (not used by the app).
 */
import { createRng } from '../rng';

/** Standard normal deviates by the Box–Muller transform (Box & Muller 1958) from a uniform source. */
export function normalSource(seed: number): () => number {
  const u = createRng(seed);
  let spare = Number.NaN;
  return () => {
    if (!Number.isNaN(spare)) {
      const s = spare;
      spare = Number.NaN;
      return s;
    }
    const r = Math.sqrt(-2 * Math.log(1 - u()));
    const t = 2 * Math.PI * u();
    spare = r * Math.sin(t);
    return r * Math.cos(t);
  };
}

/**
 * n respondents, p correlated drivers and an outcome: xⱼ = loadingⱼ·f + eⱼ with one common factor f,
 * y = Σ bⱼ xⱼ + e, all standard normal noise, reproducible from the seed.
 *
 * @throws Error('syntheticDrivers: …') for n < 1 or p < 1.
 */
export function syntheticDrivers(
  n: number,
  p: number,
  seed: number,
): { outcome: Float64Array; drivers: Float64Array[]; weights: Float64Array } {
  if (!(n >= 1) || !(p >= 1)) throw new Error('syntheticDrivers: need n ≥ 1 and p ≥ 1');
  const z = normalSource(seed >>> 0);
  const u = createRng((seed ^ 0x5bd1e995) >>> 0);
  const loading = Array.from({ length: p }, () => 0.3 + 0.6 * u());
  const b = Array.from({ length: p }, () => u() - 0.2);
  const drivers = Array.from({ length: p }, () => new Float64Array(n));
  const outcome = new Float64Array(n);
  const weights = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const f = z();
    let y = z();
    for (let j = 0; j < p; j++) {
      const x = loading[j] * f + z();
      drivers[j][i] = x;
      y += b[j] * x;
    }
    outcome[i] = y;
    weights[i] = 0.5 + u();
  }
  return { outcome, drivers, weights };
}
