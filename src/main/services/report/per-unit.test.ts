import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from 'better-sqlite3';
import type { RatingSummary } from '../../../shared/analysis/dashboard';
import { computeDashboard } from '../analysis/dashboard';
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

describe('a unit against the whole', () => {
  it('prints the whole study’s KPIs and each touchpoint’s index beside the unit’s', async () => {
    const db = makeTestStudy(mkdtempSync(join(tmpdir(), 'tp-per-unit-whole-')), 60).db;
    const whole = computeDashboard(db, { waveYear: 2026, lang: 'en' });
    const r = await perUnitReports(db, { variable: 'branch', lang: 'en', resourcesDir, session: {} });
    const file = join(mkdtempSync(join(tmpdir(), 'tp-per-unit-pdf-')), r.files[0]!.name);
    writeFileSync(file, r.files[0]!.bytes);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    const flat = text.replace(/\s+/g, ' ');
    const wSat = whole.satisfaction as RatingSummary;
    expect(flat).toMatch(
      new RegExp(
        `Beside the whole study \\(${whole.respondents} respondents\\): .*Overall satisfaction \\d+ here against ${Math.round(wSat.index)} in the whole study\\.`,
      ),
    );
    // The touchpoint table: "All" after the unit's index, the whole's index on every row.
    expect(text).toMatch(/Touchpoint\s+Index\s+All\s+Mean/);
    for (const t of whole.touchpoints) {
      const name = t.touchpointText ?? t.text;
      const row = text.split('\n').find((l) => l.trimStart().startsWith(`${name}  `) && /\d\s*$/.test(l));
      expect(row, t.text).toBeDefined();
      const cells = row!.trim().split(/\s{2,}/);
      expect(cells[2], t.text).toBe(String(Math.round(t.index)));
    }
    db.close();
  }, 60_000);
});
