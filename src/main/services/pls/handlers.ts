import type { PlsHandlers } from '../api/handlers';
import { plsIndex, readPlsModel, writePlsModel } from './store';

export const plsHandlers = {
  'study/getPlsModel': (input, ctx) => ({ model: readPlsModel(ctx.sessions.get(input.studyId).db) }),
  'study/setPlsModel': (input, ctx) => ({
    model: writePlsModel(ctx.sessions.get(input.studyId).db, input.model),
  }),
  'analysis/plsIndex': (input, ctx) =>
    plsIndex(ctx.sessions.get(input.studyId).db, {
      ...(input.waveYear !== undefined ? { waveYear: input.waveYear } : {}),
      ...(input.bootstrap !== undefined ? { bootstrap: input.bootstrap } : {}),
      ...(input.seed !== undefined ? { seed: input.seed } : {}),
      ...(input.compareWith !== undefined ? { compareWith: input.compareWith } : {}),
    }),
} satisfies PlsHandlers;
