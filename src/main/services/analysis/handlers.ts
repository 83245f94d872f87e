import type { Database } from 'better-sqlite3';
import type { Suppressed } from '../../../shared/analysis/dashboard';
import type { RakeTarget } from '../../../shared/analysis/weighting';
import type { Analysed, AnalysisTask } from '../../../shared/api/analysis';
import type { ServiceContext } from '../api/context';
import type { AnalysisHandlers } from '../api/handlers';
import { readWaves } from '../store/study-repo';
import { loadAnalysisData } from './columns';
import { releaseLogOf } from './releases';
import type { AnalysisRunner } from './runner';
import { createAnalysisRunner } from './runner';
import { checkWeightCap, readWeightingTargets, writeWeightingTargets } from './targets';

let shared: AnalysisRunner | null = null;

/** The process's analysis runner (one worker thread, one cache), created on first use. */
export function analysisRunner(): AnalysisRunner {
  shared ??= createAnalysisRunner();
  return shared;
}

/**
 * Runs a task and releases its result only when, with what this session has already shown for the
 * same wave, no group under k follows by subtraction (./releases.ts); otherwise the whole result is
 * Suppressed ('differencing').
 */
export async function run<T>(ctx: ServiceContext, task: AnalysisTask): Promise<T> {
  const s = ctx.sessions.get(task.input.studyId);
  const out = await analysisRunner().runReleasing(s, task);
  const log = releaseLogOf(s);
  const k = out.value.anonymityK;
  if (!log.allows(out.released, k)) {
    const refused: Suppressed = { suppressed: true, k, reason: 'differencing' };
    // only what says which wave and filter: nothing computed on the refused group (comparison, units …)
    const { waveYear, anonymityK, weighting, filter } = out.value as Analysed<unknown>;
    return {
      waveYear,
      anonymityK,
      ...(weighting ? { weighting } : {}),
      filter: filter && { ...filter, n: null },
      result: refused,
    } as T;
  }
  log.record(out.released);
  return out.value as T;
}

function setTargets(db: Database, targets: RakeTarget[]): { targets: RakeTarget[] } {
  db.transaction(() => {
    writeWeightingTargets(db, targets);
    if (targets.length === 0) return;
    for (const w of readWaves(db)) {
      if (w.respondents === 0) continue;
      const l = loadAnalysisData(db, { waveYear: w.year, lang: 'en', weighting: { kind: 'rake' } });
      checkWeightCap(l.data.weights!, `wave ${w.year}`);
    }
  })();
  return { targets: readWeightingTargets(db) };
}

export const analysisHandlers = {
  'analysis/dashboard': (input, ctx) => run(ctx, { op: 'dashboard', input }),
  'analysis/drivers': (input, ctx) => run(ctx, { op: 'drivers', input }),
  'analysis/map': (input, ctx) => run(ctx, { op: 'map', input }),
  'analysis/breakdown': (input, ctx) => run(ctx, { op: 'breakdown', input }),
  'analysis/compare': (input, ctx) => run(ctx, { op: 'compare', input }),
  'analysis/weights': (input, ctx) => run(ctx, { op: 'weights', input }),
  'analysis/analyze': (input, ctx) => run(ctx, { op: 'analyze', input }),
  'analysis/trend': (input, ctx) => run(ctx, { op: 'trend', input }),
  'analysis/comments': (input, ctx) => run(ctx, { op: 'comments', input }),
  'analysis/getWeightingTargets': (input, ctx) => ({
    targets: readWeightingTargets(ctx.sessions.get(input.studyId).db),
  }),
  'analysis/setWeightingTargets': (input, ctx) =>
    setTargets(ctx.sessions.get(input.studyId).db, input.targets),
} satisfies AnalysisHandlers;
