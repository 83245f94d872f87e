import type { UnitRuleHandlers } from '../api/handlers';
import { readUnitRules, writeUnitRule } from './store';

export const unitRuleHandlers = {
  'study/getUnitRules': (input, ctx) => ({ rules: readUnitRules(ctx.sessions.get(input.studyId).db) }),
  'study/setUnitRules': (input, ctx) => ({
    rules: writeUnitRule(ctx.sessions.get(input.studyId).db, input.rule),
  }),
} satisfies UnitRuleHandlers;
