/**
 * The live filter's caches on a real study file over the real dispatcher: a new filter recomputes
 * from the wave in memory (no reload), every write to the study — an import, a designer edit, an
 * undo, a write by a second process — gives a new data version (the wave is read again and no old
 * result is served), and a cached result is still checked for differencing.
 */
import Database from 'better-sqlite3';
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { DashboardResult, RatingSummary } from '../../../shared/analysis/dashboard';
import { isSuppressed } from '../../../shared/analysis/dashboard';
import type { Analysed } from '../../../shared/api/analysis';
import { analysisTaskSchemas } from '../../../shared/api/analysis';
import type { StudyOverview } from '../../../shared/domain/index';
import { api, b64 } from '../import/test-helpers';
import { readAnswerRows, replaceAnswers } from '../store/answers-edit';
import { addQuestion } from '../store/questionnaire-repo';
import { SizedLru, dataVersion } from './cache';
import { computeDashboard } from './dashboard';
import { analysisRunner } from './handlers';
import { createAnalysisRunner } from './runner';
import { makeTestStudy } from './test-study';

const dir = mkdtempSync(join(tmpdir(), 'tp-live-'));
const a = api(join(dir, 'data'));
afterAll(() => a.close());

type Dash = Analysed<DashboardResult>;
const loads = () => analysisRunner().stats().waveLoads;
const dash = (studyId: string, extra: object = {}) =>
  a.call('analysis/dashboard', { studyId, waveYear: 2026, ...extra }) as Promise<Dash>;
const shown = (d: Dash): DashboardResult => {
  if (isSuppressed(d.result)) throw new Error(`dashboard suppressed: ${d.result.reason}`);
  return d.result;
};
const tp1 = (d: Dash): RatingSummary => shown(d).touchpoints.find((t) => t.questionCode === 'TP1_PERF')!;

async function open(withSite = false): Promise<{ studyId: string; path: string }> {
  const { path, db } = makeTestStudy(mkdtempSync(join(dir, 's-')), 240);
  if (withSite) {
    // SITE = REGION except two region-1 respondents of 2026 at site 2: SITE=1 and REGION=1 differ by 2 < k.
    const site = addQuestion(db, {
      code: 'SITE',
      type: 'single',
      role: 'segment',
      scale: {
        kind: 'choice',
        options: ['1', '2', '3'].map((c) => ({ code: c, texts: { en: `Site ${c}` } })),
      },
      texts: { en: 'Site' },
    });
    const region = (db.prepare("SELECT id FROM question WHERE code = 'REGION'").get() as { id: number }).id;
    const waveOf = new Map(
      (
        db.prepare('SELECT r.id, w.year FROM respondent r JOIN wave w ON w.id = r.wave_id').all() as {
          id: number;
          year: number;
        }[]
      ).map((r) => [r.id, r.year]),
    );
    let moved = 0;
    const rows = readAnswerRows(db, region).map((r) => {
      const toSite2 = r.text === '1' && waveOf.get(r.respondent_id) === 2026 && moved < 2;
      if (toSite2) moved++;
      return { ...r, question_id: site, ...(toSite2 ? { text: '2', value: 2 } : {}) };
    });
    replaceAnswers(db, [site], rows);
  }
  db.close();
  const o = await a.call('study/open', { path });
  return { studyId: o.studyId, path };
}

describe('SizedLru', () => {
  it('keeps the most recently used entries within its byte budget', () => {
    const c = new SizedLru<string>(100);
    c.set('a', 'A', 40);
    c.set('b', 'B', 40);
    expect(c.get('a')).toBe('A'); // a is now the most recent
    c.set('c', 'C', 40); // 120 > 100: b, the least recent, goes
    expect([c.get('a'), c.get('b'), c.get('c')]).toEqual(['A', undefined, 'C']);
    expect(c.bytes).toBe(80);
    c.set('huge', 'H', 101); // larger than the budget: not kept, nothing else dropped
    expect(c.get('huge')).toBeUndefined();
    expect(c.size).toBe(2);
    c.resize('a', 90); // a grows: c goes
    expect([c.get('a'), c.get('c')]).toEqual(['A', undefined]);
  });
});

describe('the analysis runner', () => {
  it('forgets what a closed study left in memory', async () => {
    const runner = createAnalysisRunner();
    const study = (id: string) => ({ id, ...makeTestStudy(mkdtempSync(join(dir, 'r-')), 60) });
    const one = study('one');
    const two = study('two');
    const t = { op: 'dashboard', input: analysisTaskSchemas.dashboard.parse({ studyId: 'x' }) } as const;
    await runner.run(one, t);
    await runner.run(one, { ...t, input: { ...t.input, filter: [{ variable: 'REGION', values: ['1'] }] } });
    expect(runner.stats().results).toBe(2);
    one.db.close();
    await runner.run(two, t);
    expect(runner.stats().results).toBe(1);
    expect(runner.stats().waveLoads).toBe(2);
    two.db.close();
    await runner.close();
  });
});

describe('the live dashboard over the dispatcher', () => {
  it('recomputes a new filter from the wave in memory and serves a repeated request from the cache', async () => {
    const { studyId, path } = await open();
    const before = loads();
    const all = await dash(studyId);
    expect(loads()).toBe(before + 1);
    expect(all.filter).toBeNull();
    expect(shown(all).respondents).toBe(240);
    const region1 = await dash(studyId, { filter: [{ variable: 'REGION', values: ['1'] }] });
    const region2 = await dash(studyId, { filter: [{ variable: 'REGION', values: ['2'] }] });
    const weighted = await dash(studyId, { weighting: { kind: 'column' } });
    expect(loads()).toBe(before + 1); // three new results, no new read of the wave
    expect(region1.filter?.n).toBe(shown(region1).respondents);
    expect(shown(region1).respondents).toBeLessThan(240);
    expect(tp1(region1).mean).not.toBe(tp1(region2).mean);
    expect(weighted.weighting.kind).toBe('column');
    const cached = analysisRunner().stats().results;
    await dash(studyId, { filter: [{ variable: 'REGION', values: ['1'] }] });
    expect(analysisRunner().stats().results).toBe(cached);
    // The same numbers as the report's dashboard (read straight from the file) and as analyze.
    const db = new Database(path, { readonly: true });
    expect(computeDashboard(db, { waveYear: 2026, lang: 'en' })).toEqual(shown(all));
    db.close();
    const an = await a.call('analysis/analyze', {
      studyId,
      waveYear: 2026,
      filter: region1.filter!.conditions,
    });
    const d = (an.result as { descriptives: { code: string; result: { mean: number } }[] }).descriptives;
    expect(d.find((x) => x.code === 'TP1_PERF')!.result.mean).toBe(tp1(region1).mean);
  });

  it('an import, a designer edit, an undo and a write by another process each give a new data version', async () => {
    const { studyId, path } = await open();
    const first = await dash(studyId);
    let n = loads();
    const again = async (): Promise<Dash> => {
      const d = await dash(studyId);
      expect(loads()).toBe(n + 1); // read again
      n = loads();
      return d;
    };

    // An import of ten more respondents into 2026.
    const rows = Array.from({ length: 10 }, (_, i) => `new-${i},5,5,5,5,10,10,5,1,B1`).join('\n');
    await a.call('import/commit', {
      studyId,
      waveYear: 2026,
      file: {
        name: 'more.csv',
        base64: b64(`id,TP1_PERF,TP2_PERF,TP3_PERF,TP4_PERF,SAT,NPS,LOY,REGION,BRANCH\n${rows}\n`),
      },
    });
    const imported = await again();
    expect(shown(imported).respondents).toBe(shown(first).respondents + 10);
    expect(tp1(imported).mean).toBeGreaterThan(tp1(first).mean);

    // A designer edit: new wording of TP1_PERF (the same question).
    const o: StudyOverview = await a.call('study/get', { studyId });
    const q = o.questionnaire.questions.find((x) => x.code === 'TP1_PERF')!;
    await a.call('questionnaire/update', {
      studyId,
      kind: 'question',
      id: q.id,
      patch: { texts: { en: 'Web: how happy were you?' } },
      wording: 'comparable',
    });
    expect(tp1(await again()).text).toBe('Web: how happy were you?');

    // Undo brings the old wording back.
    await a.call('questionnaire/undo', { studyId });
    expect(tp1(await again()).text).toBe(tp1(first).text);

    // Another process sets k = 7 in the file; this connection did not write.
    const script = `const D = require('better-sqlite3'); const d = new D(${JSON.stringify(path)}); d.prepare('UPDATE study SET anonymity_k = 7').run(); d.close();`;
    const db = a.ctx.sessions.get(studyId).db;
    const v = dataVersion(db);
    execFileSync(process.execPath, ['-e', script], { cwd: process.cwd() });
    expect(dataVersion(db)).not.toBe(v);
    expect((await again()).anonymityK).toBe(7);
  });

  it('checks a cached result for differencing like a new one', async () => {
    const { studyId } = await open(true);
    const site1 = [{ variable: 'SITE', values: ['1'] }];
    const region1 = [{ variable: 'REGION', values: ['1'] }];
    const differencing = { suppressed: true, k: 5, reason: 'differencing' };
    expect(isSuppressed((await dash(studyId, { filter: site1 })).result)).toBe(false);
    const refused = await dash(studyId, { filter: region1 });
    expect(refused.result).toEqual(differencing);
    expect(refused.filter!.n).toBeNull();
    const cached = analysisRunner().stats().results;
    const again = await dash(studyId, { filter: region1 });
    expect(analysisRunner().stats().results).toBe(cached); // served from the cache …
    expect(again.result).toEqual(differencing); // … and refused all the same
    const other = await a.call('analysis/analyze', { studyId, waveYear: 2026, filter: region1 });
    expect(other.result).toEqual(differencing);
    // the set already shown is shown again (difference 0)
    expect(isSuppressed((await dash(studyId, { filter: site1 })).result)).toBe(false);
  });
});
