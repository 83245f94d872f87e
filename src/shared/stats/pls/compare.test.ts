import { describe, expect, it } from 'vitest';
import { readModel, readTable } from '../../../../tests/fixtures/pls/fixtures';
import { indexDifference } from './compare';
import { fitPls } from './fit';
import { compileModel } from './index';

const s = compileModel(readModel('ecsi-model.json'));
const mobi = readTable('mobi.csv');
const columns = s.items.map((i) => mobi.columns.get(i) as Float64Array);
/** Every answer one point higher (10 stays 10): a clearly better wave. */
const better = columns.map((c) => c.map((x) => Math.min(10, x + 1)));
const opts = { scheme: 'path' as const };

describe('bootstrap test of the index difference between two waves', () => {
  it('finds no difference between a wave and itself', () => {
    const r = indexDifference(columns, columns, s, opts, { samples: 200, seed: 11 });
    expect(r.difference).toBe(0);
    expect(r.lower).toBeLessThan(0);
    expect(r.upper).toBeGreaterThan(0);
    expect(r.p).toBeGreaterThan(0.5);
    expect(r.failed).toBe(0);
  });

  it('finds a wave one point better on every answer clearly higher', () => {
    const r = indexDifference(columns, better, s, opts, { samples: 200, seed: 11 });
    const before = fitPls(columns, s, opts).ipma?.index as number;
    const after = fitPls(better, s, opts).ipma?.index as number;
    expect(r.before).toBeCloseTo(before, 12);
    expect(r.after).toBeCloseTo(after, 12);
    expect(r.difference).toBeCloseTo(after - before, 12);
    expect(r.difference).toBeGreaterThan(5);
    expect(r.lower).toBeGreaterThan(0);
    expect(r.p).toBe(0);
    expect(r.se).toBeGreaterThan(0.5);
  });

  it('gives the same result for the same seed', () => {
    const run = (seed: number) => indexDifference(columns, better, s, opts, { samples: 30, seed });
    expect(run(4)).toEqual(run(4));
    expect(run(4).se).not.toBe(run(5).se);
  });
});
