/**
 * The index under the live filter and per unit: real study files, the same dispatch as the app.
 * Independent references: the model estimated directly on the respondents SQL selects, and a
 * single-item target's unit index as the unit's mean answer rescaled to 0–100.
 */
import Database from 'better-sqlite3';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isSuppressed } from '../../../shared/analysis/dashboard';
import type { Result } from '../../../shared/api/errors';
import type { PlsIndexResult, PlsModel } from '../../../shared/api/pls';
import type { StudyOverview } from '../../../shared/domain/index';
import { compileModel, plsPathModel } from '../../../shared/stats/pls/index';
import { plsReport } from '../../../shared/stats/pls/report';
import type { ServiceContext } from '../api/context';
import { analysisRunner } from '../analysis/handlers';
import { makeTestStudy } from '../analysis/test-study';
import { createDispatch, createHandlers, StudySessions } from '../index';
import { answerRowsTable } from '../store/answer-rows';
import { writePlsModel } from './store';

const dir = mkdtempSync(join(tmpdir(), 'tp-pls-live-'));
const sessions = new StudySessions();
const ctx: ServiceContext = {
  sessions,
  dataDir: join(dir, 'data'),
  resourcesDir: dir,
  version: 'test',
  transport: 'ipc',
  dialogs: null,
};
const dispatch = createDispatch(createHandlers(), ctx, () => {});
afterAll(() => sessions.closeAll());

function value<T>(r: Result<unknown>): T {
  if (!r.ok) throw new Error(r.error.message);
  return r.value as T;
}

const items = ['TP1_PERF', 'TP2_PERF', 'TP3_PERF', 'TP4_PERF'];
const model: PlsModel = {
  constructs: {
    Quality: { items, mode: 'A' },
    Satisfaction: { items: ['SAT'] },
    Loyalty: { items: ['LOY'] },
  },
  paths: [
    ['Quality', 'Satisfaction'],
    ['Quality', 'Loyalty'],
    ['Satisfaction', 'Loyalty'],
  ],
  target: 'Satisfaction',
};

async function open(): Promise<{ studyId: string; path: string }> {
  const { path, db } = makeTestStudy(mkdtempSync(join(dir, 's-')), 240);
  writePlsModel(db, model);
  db.close();
  return { studyId: value<StudyOverview>(await dispatch('study/open', { path })).studyId, path };
}

/** Each respondent's answers to `codes` in `year` (NaN when not answered), per SQL over the file. */
function answersBySql(path: string, year: number, codes: readonly string[], where: string): Float64Array[] {
  const db = new Database(path);
  try {
    answerRowsTable(db);
    const ids = (
      db
        .prepare(
          `SELECT r.id FROM respondent r JOIN wave w ON w.id = r.wave_id WHERE w.year = ? AND ${where} ORDER BY r.id`,
        )
        .all(year) as { id: number }[]
    ).map((r) => r.id);
    const at = new Map(ids.map((id, i) => [id, i]));
    return codes.map((code) => {
      const col = new Float64Array(ids.length).fill(NaN);
      const rows = db
        .prepare(
          `SELECT a.respondent_id AS id, a.value AS value FROM temp.answer a JOIN question q ON q.id = a.question_id
           WHERE q.code = ? AND a.missing = 0`,
        )
        .all(code) as { id: number; value: number }[];
      for (const r of rows) {
        const i = at.get(r.id);
        if (i !== undefined) col[i] = r.value;
      }
      return col;
    });
  } finally {
    db.close();
  }
}

const inSegment = (code: string, text: string) =>
  `r.id IN (SELECT a.respondent_id FROM temp.answer a JOIN question q ON q.id = a.question_id
            WHERE q.code = '${code}' AND a.text = '${text}')`;

describe('the index under the live filter', () => {
  it('is the model estimated on the filtered respondents: not the whole wave, the same as estimated directly', async () => {
    const { studyId, path } = await open();
    const all = value<PlsIndexResult>(await dispatch('analysis/plsIndex', { studyId, waveYear: 2026 }));
    const filter = [{ variable: 'REGION', values: ['1'] }];
    const one = value<PlsIndexResult>(
      await dispatch('analysis/plsIndex', { studyId, waveYear: 2026, filter }),
    );
    if (isSuppressed(all.result) || isSuppressed(one.result)) throw new Error('suppressed');
    expect(one.filter).toEqual({ conditions: filter, n: one.result.respondents });
    expect(one.result.respondents).toBeLessThan(all.result.respondents);
    expect(Math.abs(one.result.index!.value - all.result.index!.value)).toBeGreaterThan(0.05);

    const spec = {
      constructs: {
        Quality: { items, mode: 'A' as const, scale: { min: 1, max: 5 } },
        Satisfaction: { items: ['SAT'], mode: 'A' as const, scale: { min: 1, max: 10 } },
        Loyalty: { items: ['LOY'], mode: 'A' as const, scale: { min: 1, max: 5 } },
      },
      paths: model.paths,
      target: 'Satisfaction',
    };
    const s = compileModel(spec);
    const cols = answersBySql(path, 2026, s.items, inSegment('REGION', '1'));
    const direct = plsPathModel(cols, s, { scheme: 'path', missing: 'mean' });
    expect(one.result.respondents).toBe(cols[0]!.length);
    expect(one.result.index!.value).toBeCloseTo(direct.fit.ipma!.index, 9);
    const report = plsReport(direct);
    for (const p of report.paths) {
      const mine = one.result.paths.find((q) => q.from === p.from && q.to === p.to);
      expect(mine?.coefficient).toBeCloseTo(p.coefficient, 9);
    }
  });

  it('is hidden, never a number, when the filter leaves fewer than k', async () => {
    const { studyId } = await open();
    const r = value<PlsIndexResult>(
      await dispatch('analysis/plsIndex', {
        studyId,
        filter: [{ variable: 'BRANCH', values: ['B6'] }],
        compareWith: 2025,
        byUnit: 'REGION',
      }),
    );
    expect(r.result).toMatchObject({ suppressed: true, k: 5, reason: 'filter' });
    expect(r.filter?.n).toBeNull();
    expect(r.comparison).toBeUndefined();
    expect(r.byUnit).toBeUndefined();
    expect(JSON.stringify(r)).not.toMatch(/"index"/);
  });

  it('compares with the previous wave within the same filter, and serves a repeated question from the cache', async () => {
    const { studyId } = await open();
    const filter = [{ variable: 'REGION', values: ['2', '3'] }];
    const input = { studyId, waveYear: 2026, compareWith: 2025, bootstrap: 60, seed: 3, filter };
    const r = value<PlsIndexResult>(await dispatch('analysis/plsIndex', input));
    const unfiltered = value<PlsIndexResult>(
      await dispatch('analysis/plsIndex', { ...input, filter: undefined }),
    );
    if (isSuppressed(r.result) || !r.comparison || isSuppressed(r.comparison.result))
      throw new Error('hidden');
    if (!unfiltered.comparison || isSuppressed(unfiltered.comparison.result)) throw new Error('hidden');
    expect(r.comparison.waveYear).toBe(2025);
    expect(r.comparison.result.after).toBeCloseTo(r.result.index!.value, 9);
    expect(r.comparison.result.difference).toBeCloseTo(
      r.comparison.result.after - r.comparison.result.before,
      9,
    );
    expect(r.comparison.result.before).not.toBeCloseTo(unfiltered.comparison.result.before, 3);
    expect(r.comparison.result.p).toBeGreaterThanOrEqual(0);
    expect(r.comparison.result.p).toBeLessThanOrEqual(1);
    const before = analysisRunner().stats().results;
    const again = value<PlsIndexResult>(await dispatch('analysis/plsIndex', input));
    expect(again).toEqual(r);
    expect(analysisRunner().stats().results).toBe(before);
  });
});

describe('the index per unit', () => {
  it("is each unit's mean target score under the group's model; the unit under k and the next-smallest are hidden", async () => {
    const { studyId, path } = await open();
    const r = value<PlsIndexResult>(
      await dispatch('analysis/plsIndex', { studyId, waveYear: 2026, byUnit: 'BRANCH' }),
    );
    if (isSuppressed(r.result) || !r.byUnit) throw new Error('hidden');
    const units = r.byUnit.units;
    expect(units.map((u) => u.code)).toEqual(['B1', 'B2', 'B3', 'B4', 'B5', 'B6']);
    const hidden = units.filter((u) => isSuppressed(u.result));
    // B6 (3 respondents) under k = 5, and one more so that B6 cannot be worked out from the total
    expect(hidden).toHaveLength(2);
    expect(units.find((u) => u.code === 'B6')!.result).toEqual({ suppressed: true, k: 5, reason: 'below-k' });
    const partner = hidden.find((u) => u.code !== 'B6')!;
    expect(partner.result).toMatchObject({ suppressed: true, reason: 'complementary', rule: 'total' });
    expect(r.byUnit.totalHidden).toBe(false);
    // a single-item target: the unit's index is its mean SAT on 0–100 (SAT is always answered here)
    for (const u of units) {
      if (isSuppressed(u.result)) continue;
      const [sat] = answersBySql(path, 2026, ['SAT'], inSegment('BRANCH', u.code!));
      const mean = sat!.reduce((a, b) => a + b, 0) / sat!.length;
      expect(u.result.n).toBe(sat!.length);
      expect(u.result.index).toBeCloseTo((100 * (mean - 1)) / 9, 9);
    }
    // a hidden unit shows neither its n nor its index
    expect(JSON.stringify(hidden)).not.toMatch(/"n"|"index"/);
  });

  it('follows the filter: units are those of the filtered group, the small one still hidden with a partner', async () => {
    const { studyId } = await open();
    const r = value<PlsIndexResult>(
      await dispatch('analysis/plsIndex', {
        studyId,
        waveYear: 2026,
        byUnit: 'BRANCH',
        filter: [{ variable: 'REGION', values: ['1', '2'] }],
      }),
    );
    if (isSuppressed(r.result) || !r.byUnit) throw new Error('hidden');
    const shown = r.byUnit.units.filter((u) => !isSuppressed(u.result));
    const hidden = r.byUnit.units.filter((u) => isSuppressed(u.result));
    expect(hidden.length).toBeGreaterThanOrEqual(2);
    const total = shown.reduce((s, u) => s + (isSuppressed(u.result) ? 0 : u.result.n), 0);
    expect(r.result.respondents - total).toBeGreaterThanOrEqual(5);
  });

  it('refuses a unit variable that is not a background question, in one line', async () => {
    const { studyId } = await open();
    const r = await dispatch('analysis/plsIndex', { studyId, byUnit: 'SAT' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toBe('byUnit: SAT is not a background question');
  });
});

/** Each respondent's weight in `year` (ordered as answersBySql), per SQL over the file. */
function weightsBySql(path: string, year: number, where: string): Float64Array {
  const db = new Database(path);
  try {
    answerRowsTable(db);
    const rows = db
      .prepare(
        `SELECT r.weight AS w FROM respondent r JOIN wave w ON w.id = r.wave_id WHERE w.year = ? AND ${where} ORDER BY r.id`,
      )
      .all(year) as { w: number }[];
    return Float64Array.from(rows, (r) => r.w);
  } finally {
    db.close();
  }
}

describe('the index weighted like the dashboard', () => {
  it('is the weighted PLS model of the filtered respondents, says so, and differs from the unweighted one', async () => {
    const { studyId, path } = await open();
    const filter = [{ variable: 'REGION', values: ['1'] }];
    const input = { studyId, waveYear: 2026, filter, byUnit: 'BRANCH' };
    const plain = value<PlsIndexResult>(await dispatch('analysis/plsIndex', input));
    const weighted = value<PlsIndexResult>(
      await dispatch('analysis/plsIndex', { ...input, weighting: { kind: 'column' } }),
    );
    if (isSuppressed(plain.result) || isSuppressed(weighted.result)) throw new Error('suppressed');
    expect(plain.result.settings.weighted).toBe(false);
    expect(weighted.result.settings.weighted).toBe(true);
    expect(weighted.result.respondents).toBe(plain.result.respondents);
    expect(Math.abs(weighted.result.index!.value - plain.result.index!.value)).toBeGreaterThan(0.01);

    const s = compileModel({
      constructs: {
        Quality: { items, mode: 'A' as const, scale: { min: 1, max: 5 } },
        Satisfaction: { items: ['SAT'], mode: 'A' as const, scale: { min: 1, max: 10 } },
        Loyalty: { items: ['LOY'], mode: 'A' as const, scale: { min: 1, max: 5 } },
      },
      paths: model.paths,
      target: 'Satisfaction',
    });
    const where = inSegment('REGION', '1');
    const cols = answersBySql(path, 2026, s.items, where);
    const w = weightsBySql(path, 2026, where);
    const direct = plsPathModel(cols, s, { scheme: 'path', missing: 'mean' }, w);
    expect(weighted.result.index!.value).toBeCloseTo(direct.fit.ipma!.index, 9);
    const report = plsReport(direct);
    for (const p of report.paths) {
      const mine = weighted.result.paths.find((q) => q.from === p.from && q.to === p.to);
      expect(mine?.coefficient).toBeCloseTo(p.coefficient, 9);
    }
    // a unit's index is the weighted mean of its respondents' SAT on 0–100; n stays a head count
    for (const u of weighted.byUnit!.units) {
      if (isSuppressed(u.result)) continue;
      const unitWhere = `${where} AND ${inSegment('BRANCH', u.code!)}`;
      const [sat] = answersBySql(path, 2026, ['SAT'], unitWhere);
      const uw = weightsBySql(path, 2026, unitWhere);
      let sw = 0;
      let sx = 0;
      sat!.forEach((x, i) => {
        sw += uw[i]!;
        sx += uw[i]! * x;
      });
      expect(u.result.n).toBe(sat!.length);
      expect(u.result.index).toBeCloseTo((100 * (sx / sw - 1)) / 9, 9);
    }
  });
});
