import { z } from 'zod';
import type { UnitRule } from '../analysis/unit-rules';
import { unitRuleSchema } from '../analysis/unit-rules';
import { op } from './operation';
import { studyId } from './study';

/**
 * The study's unit rules (merge small units into "Other", leave units out of breakdowns), one per
 * background variable. setUnitRules replaces the rule of one variable; a rule with no merge and no
 * exclusion removes it.
 */
export const unitRuleOperations = {
  'study/getUnitRules': op(z.object({ studyId })).returns<{ rules: UnitRule[] }>(),
  'study/setUnitRules': op(z.object({ studyId, rule: unitRuleSchema })).returns<{ rules: UnitRule[] }>(),
};
