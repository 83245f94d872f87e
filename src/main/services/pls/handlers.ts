import type { PlsHandlers } from '../api/handlers';
import { run } from '../analysis/handlers';
import { readPlsModel, writePlsModel } from './store';

export const plsHandlers = {
  'study/getPlsModel': (input, ctx) => ({ model: readPlsModel(ctx.sessions.get(input.studyId).db) }),
  'study/setPlsModel': (input, ctx) => ({
    model: writePlsModel(ctx.sessions.get(input.studyId).db, input.model),
  }),
  // through the analysis runner: cached per filter, in the worker, checked for differencing
  'analysis/plsIndex': (input, ctx) => run(ctx, { op: 'plsIndex', input }),
} satisfies PlsHandlers;
