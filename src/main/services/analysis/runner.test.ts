import type { Database } from 'better-sqlite3';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BreakdownResult } from '../../../shared/analysis/breakdown';
import { isSuppressed } from '../../../shared/analysis/dashboard';
import type { Analysed, AnalysisTask, BreakdownOutput, CompareOutput } from '../../../shared/api/analysis';
import { analysisTaskSchemas } from '../../../shared/api/analysis';
import type { WeightingReport } from '../../../shared/analysis/weighting';
import type { AnalysisRunner } from './runner';
import { createAnalysisRunner } from './runner';
import { writeWeightingTargets } from './targets';
import { makeTestStudy } from './test-study';

let study: { id: string; path: string; db: Database };
let worker: AnalysisRunner;
let local: AnalysisRunner;
beforeAll(() => {
  const s = makeTestStudy(mkdtempSync(join(tmpdir(), 'tp-runner-')));
  study = { id: 'test', ...s };
  worker = createAnalysisRunner();
  local = createAnalysisRunner({ worker: false });
});
afterAll(async () => {
  await worker.close();
  await local.close();
  study.db.close();
});

function task<N extends AnalysisTask['op']>(op: N, input: Record<string, unknown>): AnalysisTask {
  return { op, input: analysisTaskSchemas[op].parse({ studyId: 'test', ...input }) } as AnalysisTask;
}

describe('analysis runner', () => {
  it('runs in a worker thread under tsx and gives what the in-thread run gives', async () => {
    const t = task('breakdown', { variable: 'BRANCH', question: 'TP1_PERF' });
    expect(worker.mode()).toBe('worker');
    const a = await worker.run(study, t);
    const b = await local.run(study, t);
    expect(JSON.parse(JSON.stringify(a))).toEqual(JSON.parse(JSON.stringify(b)));
    expect(local.mode()).toBe('in-thread');
    // cached: the very same promise's value comes back
    expect(await worker.run(study, t)).toBe(a);
  });

  it('hides B6 (n = 3) and its complementary partner, and names every test', async () => {
    const r = (await worker.run(
      study,
      task('breakdown', { variable: 'BRANCH', question: 'TP1_PERF' }),
    )) as Analysed<BreakdownOutput>;
    const table = (r.result as BreakdownOutput).tables[0] as BreakdownResult;
    const hidden = table.groups.filter((g) => isSuppressed(g.result));
    expect(hidden.map((g) => g.code)).toContain('B6');
    expect(hidden.length).toBeGreaterThanOrEqual(2);
    for (const g of table.groups.filter((x) => !isSuppressed(x.result))) expect(g.test?.test).toBe('Welch t');
  });

  it('refuses a filter that would reveal a hidden group, and applies an allowed one', async () => {
    const refused = (await worker.run(
      study,
      task('analyze', { filter: [{ variable: 'BRANCH', values: ['B6'] }] }),
    )) as Analysed<unknown>;
    expect(refused.result).toMatchObject({ suppressed: true, reason: 'filter' });
    const ok = (await worker.run(
      study,
      task('analyze', { filter: [{ variable: 'REGION', values: ['1', '2'] }] }),
    )) as Analysed<{ respondents: number }>;
    expect(isSuppressed(ok.result)).toBe(false);
    expect(ok.filter?.n).toBe(ok.weighting.unweightedN);
    expect(ok.filter!.n).toBeLessThan(240);
  });

  it("rakes to the study's stored target shares, reports convergence and both bases", async () => {
    writeWeightingTargets(study.db, [{ variable: 'REGION', shares: { '1': 0.5, '2': 0.3, '3': 0.2 } }]);
    const r = (await worker.run(
      study,
      task('weights', { weighting: { kind: 'rake' } }),
    )) as Analysed<WeightingReport>;
    const w = r.result as WeightingReport;
    expect(w.rake?.converged).toBe(true);
    for (const m of w.rake!.margins) expect(m.weighted).toBeCloseTo(m.target, 6);
    expect(w.unweightedN).toBe(240);
    expect(w.excluded).toBeGreaterThan(0); // no region → left out
    expect(w.weightedN).toBeCloseTo(240 - w.excluded, 6);
    expect(w.effectiveN).toBeLessThan(240 - w.excluded);
  });

  it('compares waves with named tests', async () => {
    const r = (await worker.run(
      study,
      task('compare', { waveA: 2025, waveB: 2026, weighting: { kind: 'column' } }),
    )) as Analysed<CompareOutput>;
    const c = (r.result as CompareOutput).comparisons;
    expect(c.find((x) => x.question === 'NPS')?.test?.test).toBe('NPS difference z');
    expect(c.find((x) => x.question === 'TP1_PERF')?.test?.test).toBe('Welch t');
    expect(r.weighting.kind).toBe('column');
  });

  it('turns a bad request into a clear error value', async () => {
    await expect(worker.run(study, task('breakdown', { variable: 'NOPE' }))).rejects.toThrow(
      /no question NOPE/,
    );
  });
});
