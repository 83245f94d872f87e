import type { PartialHandlerMap } from '../api/handlers';
import { computeDashboard } from './dashboard';

export const analysisHandlers: PartialHandlerMap = {
  'analysis/dashboard': (input, ctx) => computeDashboard(ctx.sessions.get(input.studyId).db, input),
};
