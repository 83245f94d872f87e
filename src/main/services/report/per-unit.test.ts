import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from 'better-sqlite3';
import { makeTestStudy } from '../analysis/test-study';
import { perUnitReports, planUnits } from './per-unit';

const resourcesDir = fileURLToPath(new URL('../../../../resources', import.meta.url));
const wave = (total: number, n: Record<string, number>) => ({ total, n: new Map(Object.entries(n)) });

describe('planUnits', () => {
  it('skips units under k and withholds the smallest other unit when the rest would be one small group', () => {
    // A (2) is under k = 5; the whole minus B and C would be A's 2 people: C (the smaller) goes too.
    const p = planUnits(['A', 'B', 'C'], [wave(22, { A: 2, B: 12, C: 8 })], 0, 5);
    expect(p.report).toEqual(['B']);
    expect(p.skipped).toEqual([
      { unit: 'A', reason: 'under-k' },
      { unit: 'C', reason: 'subtraction' },
    ]);
  });
  it('withholds nothing more when the skipped units together reach k', () => {
    const p = planUnits(['A', 'B', 'C', 'D'], [wave(30, { A: 2, B: 3, C: 12, D: 13 })], 0, 5);
    expect(p.report).toEqual(['C', 'D']);
    expect(p.skipped.map((s) => s.reason)).toEqual(['under-k', 'under-k']);
  });
  it('counts respondents without a unit as hidden, and checks every wave the report covers', () => {
    // Wave 0: 3 respondents without a branch; wave 1 (reported): everyone has a branch.
    const p = planUnits(['A', 'B'], [wave(23, { A: 10, B: 10 }), wave(20, { A: 10, B: 10 })], 1, 5);
    expect(p.report).toEqual(['B']);
    expect(p.skipped).toEqual([{ unit: 'A', reason: 'subtraction' }]);
    expect(planUnits(['A', 'B'], [wave(20, { A: 10, B: 10 })], 0, 5).skipped).toEqual([]);
  });
});

describe('perUnitReports', () => {
  let db: Database;
  beforeAll(() => {
    db = makeTestStudy(mkdtempSync(join(tmpdir(), 'tp-per-unit-')), 60).db;
  });
  afterAll(() => db.close());

  it('writes one PDF per unit of at least k, never enough to work out the small branch', async () => {
    // 60 per wave: B6 has 3 (under k = 5), B1–B5 have 11 or 12 each.
    const r = await perUnitReports(db, { variable: 'branch', lang: 'en', resourcesDir, session: {} });
    const skipped = r.skipped.map((s) => [s.unit, s.reason]);
    expect(skipped[0]).toEqual(['B6', 'under-k']);
    expect(skipped[1]![1]).toBe('subtraction');
    expect(r.files).toHaveLength(4);
    const reported = new Set(r.files.map((f) => f.unit));
    expect(reported.has('B6')).toBe(false);
    expect(reported.has(skipped[1]![0]!)).toBe(false);
    for (const f of r.files) {
      expect(f.bytes.subarray(0, 5).toString()).toBe('%PDF-');
      expect(f.name).toBe(`BRANCH-${f.unit}-Option-${f.unit}.pdf`);
    }
  }, 60_000);

  it('refuses a variable that is not a single-choice unit variable', async () => {
    await expect(perUnitReports(db, { variable: 'SAT', lang: 'en', resourcesDir })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    });
  });
});
