/**
 * Seeded pseudo-random numbers, so that bootstrap intervals and simulated samples are reproducible:
 * the same seed gives the same numbers on every machine (pure 32-bit integer arithmetic).
 */

/** A source of uniform numbers in [0, 1). */
export type Rng = () => number;

function assertSeed(fnName: string, seed: number): void {
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
    throw new Error(`${fnName}: seed must be an integer in 0..2^32−1, got ${seed}`);
  }
}

/**
 * mulberry32 as 32-bit integers: z = (s += 0x6D2B79F5); z = (z ^ z>>>15)·(z | 1);
 * z ^= z + (z ^ z>>>7)·(z | 61); return z ^ z>>>14. Period 2^32. Reference: Tommy Ettinger (2017),
 * public-domain C; checked against that C code (tests/fixtures/r/rng-reference.c).
 *
 * @throws Error('mulberry32Uint32: …') when the seed is not an integer in 0..2^32−1.
 */
export function mulberry32Uint32(seed: number): () => number {
  assertSeed('mulberry32Uint32', seed);
  let state = seed | 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 15), z | 1);
    z ^= z + Math.imul(z ^ (z >>> 7), z | 61);
    return (z ^ (z >>> 14)) >>> 0;
  };
}

/**
 * mulberry32 as uniform numbers in [0, 1): u = mulberry32Uint32 / 2^32 (32 bits of resolution).
 * Small and fast; prefer {@link createRng} for long simulations. Reference: Ettinger 2017.
 *
 * @throws Error('mulberry32: …') when the seed is not an integer in 0..2^32−1.
 */
export function mulberry32(seed: number): Rng {
  assertSeed('mulberry32', seed);
  const next = mulberry32Uint32(seed);
  return () => next() / 4294967296;
}

/**
 * xoshiro128** 1.1 as 32-bit integers: result = rotl(s1·5, 7)·9, then the xorshift state update;
 * period 2^128 − 1. The 128-bit state is filled from the seed by four steps of splitmix32.
 * Reference: Blackman & Vigna (2021), "Scrambled linear pseudorandom number generators",
 * ACM TOMS 47(4):36; checked against their C code (tests/fixtures/r/rng-reference.c).
 *
 * @throws Error('xoshiro128ssUint32: …') when the seed is not an integer in 0..2^32−1.
 */
export function xoshiro128ssUint32(seed: number): () => number {
  assertSeed('xoshiro128ssUint32', seed);
  let sm = seed | 0;
  const splitmix32 = (): number => {
    sm = (sm + 0x9e3779b9) | 0;
    let z = sm;
    z = Math.imul(z ^ (z >>> 16), 0x21f0aaad);
    z = Math.imul(z ^ (z >>> 15), 0x735a2d97);
    return z ^ (z >>> 15);
  };
  let s0 = splitmix32();
  let s1 = splitmix32();
  let s2 = splitmix32();
  let s3 = splitmix32();
  if ((s0 | s1 | s2 | s3) === 0) s0 = 1; // the all-zero state is a fixed point
  return () => {
    const m = Math.imul(s1, 5);
    const result = Math.imul((m << 7) | (m >>> 25), 9) >>> 0;
    const t = s1 << 9;
    s2 ^= s0;
    s3 ^= s1;
    s1 ^= s2;
    s0 ^= s3;
    s2 ^= t;
    s3 = (s3 << 11) | (s3 >>> 21);
    return result;
  };
}

/**
 * The project's default generator: xoshiro128** with 53-bit uniforms in [0, 1), built from two
 * consecutive outputs a, b as u = (a·2^21 + ⌊b/2^11⌋)/2^53 (all 32 bits of a, the top 21 of b).
 * Reference: Blackman & Vigna 2021 (generator and the conversion to doubles).
 *
 * @throws Error('createRng: …') when the seed is not an integer in 0..2^32−1.
 */
export function createRng(seed: number): Rng {
  assertSeed('createRng', seed);
  const next = xoshiro128ssUint32(seed);
  return () => {
    const hi = next(); // 32 bits
    const lo = next() >>> 11; // 21 bits
    return (hi * 2097152 + lo) / 9007199254740992;
  };
}

/**
 * A uniform integer in 0..n−1: ⌊u·n⌋ for u from `rng` (bias below n/2^53 with {@link createRng}).
 *
 * @throws Error('randomInt: …') when n is not a positive safe integer.
 */
export function randomInt(rng: Rng, n: number): number {
  if (!Number.isSafeInteger(n) || n < 1) throw new Error(`randomInt: n must be a positive integer, got ${n}`);
  return Math.floor(rng() * n);
}

/**
 * Indices for one bootstrap resample: n draws with replacement from 0..n−1 (Efron 1979).
 *
 * @throws Error('resampleIndices: …') when n is not a non-negative safe integer.
 */
export function resampleIndices(rng: Rng, n: number): Uint32Array {
  if (!Number.isSafeInteger(n) || n < 0 || n > 0xffffffff) {
    throw new Error(`resampleIndices: n must be a non-negative integer, got ${n}`);
  }
  const out = new Uint32Array(n);
  for (let i = 0; i < n; i++) out[i] = Math.floor(rng() * n);
  return out;
}
