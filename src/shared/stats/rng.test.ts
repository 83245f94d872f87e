import { describe, expect, it } from 'vitest';
import { chiSquareSurvival } from './distributions';
import {
  createRng,
  mulberry32,
  mulberry32Uint32,
  randomInt,
  resampleIndices,
  xoshiro128ssUint32,
} from './rng';

// Output of tests/fixtures/r/rng-reference.c (the generators' C reference code, gcc 12).
const C_REFERENCE: Record<'mulberry32' | 'xoshiro128ss', Record<number, number[]>> = {
  mulberry32: {
    0: [1144304738, 1416247, 958946056, 627933444, 2007157716, 2340967985],
    42: [2581720956, 1925393290, 3661312704, 2876485805, 750819978, 2261697747],
    3735928559: [4043151706, 1147597007, 3315858022, 1538288752, 2042435954, 3600176436],
  },
  xoshiro128ss: {
    0: [1789933344, 44971166, 2521387044, 3848737593, 1138324114, 749234105],
    42: [660444221, 3652823732, 77672526, 910233633, 2297337756, 3786072677],
    3735928559: [3842467093, 879304004, 3694663928, 2788030634, 934155191, 702880729],
  },
};

const take = (next: () => number, k: number): number[] => Array.from({ length: k }, () => next());

describe('generators match their C reference', () => {
  it.each([0, 42, 3735928559])('seed %i', (seed) => {
    expect(take(mulberry32Uint32(seed), 6)).toEqual(C_REFERENCE.mulberry32[seed]);
    expect(take(xoshiro128ssUint32(seed), 6)).toEqual(C_REFERENCE.xoshiro128ss[seed]);
    expect(take(mulberry32(seed), 3)).toEqual(
      C_REFERENCE.mulberry32[seed].slice(0, 3).map((x) => x / 2 ** 32),
    );
  });
});

describe('createRng', () => {
  it('is reproducible and seed-dependent', () => {
    expect(take(createRng(7), 5)).toEqual(take(createRng(7), 5));
    expect(take(createRng(7), 5)).not.toEqual(take(createRng(8), 5));
  });
  it('builds 53-bit uniforms from two xoshiro outputs', () => {
    const [a, b] = C_REFERENCE.xoshiro128ss[42];
    expect(createRng(42)()).toBe((a * 2 ** 21 + (b >>> 11)) / 2 ** 53);
  });
  it('is uniform: chi-square over 20 bins does not reject at 0.1 %', () => {
    const rng = createRng(2024);
    const bins = new Array<number>(20).fill(0);
    const n = 200_000;
    for (let i = 0; i < n; i++) {
      const u = rng();
      expect(u >= 0 && u < 1).toBe(true);
      bins[Math.floor(u * 20)]++;
    }
    const e = n / 20;
    const chi2 = bins.reduce((s, o) => s + ((o - e) * (o - e)) / e, 0);
    expect(chiSquareSurvival(chi2, 19)).toBeGreaterThan(0.001);
  });
  it('rejects bad seeds', () => {
    expect(() => createRng(-1)).toThrow(/^createRng:/);
    expect(() => createRng(1.5)).toThrow(/^createRng:/);
    expect(() => mulberry32(2 ** 32)).toThrow(/^mulberry32:/);
  });
});

describe('randomInt and resampleIndices', () => {
  it('stay in range and hit every value', () => {
    const rng = createRng(1);
    const seen = new Set<number>();
    for (let i = 0; i < 1000; i++) {
      const k = randomInt(rng, 7);
      expect(k >= 0 && k < 7 && Number.isInteger(k)).toBe(true);
      seen.add(k);
    }
    expect(seen.size).toBe(7);
    const idx = resampleIndices(createRng(3), 50);
    expect(idx.length).toBe(50);
    expect(Math.max(...idx)).toBeLessThan(50);
    expect(() => randomInt(rng, 0)).toThrow(/^randomInt:/);
  });
});
