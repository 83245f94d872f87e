import { z } from 'zod';
import { languageSchema } from '../domain/language';
import type { DashboardResult } from '../analysis/dashboard';
import { op } from './operation';
import { studyId } from './study';

export const analysisOperations = {
  'analysis/dashboard': op(
    z.object({ studyId, waveYear: z.number().int().optional(), lang: languageSchema.default('en') }),
  ).returns<DashboardResult>(),
};
