import type { AnalysisTask } from '../../../shared/api/analysis';
import type { ServiceContext } from '../api/context';
import type { PartialHandlerMap } from '../api/handlers';
import { computeDashboard } from './dashboard';
import type { AnalysisRunner } from './runner';
import { createAnalysisRunner } from './runner';

let shared: AnalysisRunner | null = null;

/** The process's analysis runner (one worker thread, one cache), created on first use. */
export function analysisRunner(): AnalysisRunner {
  shared ??= createAnalysisRunner();
  return shared;
}

function run<T>(ctx: ServiceContext, task: AnalysisTask): Promise<T> {
  const s = ctx.sessions.get(task.input.studyId);
  return analysisRunner().run(s, task) as Promise<T>;
}

export const analysisHandlers: PartialHandlerMap = {
  'analysis/dashboard': (input, ctx) => computeDashboard(ctx.sessions.get(input.studyId).db, input),
  'analysis/drivers': (input, ctx) => run(ctx, { op: 'drivers', input }),
  'analysis/map': (input, ctx) => run(ctx, { op: 'map', input }),
  'analysis/breakdown': (input, ctx) => run(ctx, { op: 'breakdown', input }),
  'analysis/compare': (input, ctx) => run(ctx, { op: 'compare', input }),
  'analysis/weights': (input, ctx) => run(ctx, { op: 'weights', input }),
  'analysis/analyze': (input, ctx) => run(ctx, { op: 'analyze', input }),
};
