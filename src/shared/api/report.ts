import { z } from 'zod';
import { languageSchema } from '../domain/language';
import { filterSchema } from './analysis';
import { op } from './operation';
import { fileBytesSchema, studyId } from './study';
import type { FileBytes } from './study';

export const reportOptionsSchema = z.object({
  studyId,
  waveYear: z.number().int().optional(),
  lang: languageSchema.default('en'),
  /**
   * The report for one group only (the live filter): every chapter is computed within it, under the
   * same anonymity and differencing rules as the screen; refused when it could reveal a group under k.
   */
  filter: filterSchema.optional(),
});

export const reportOperations = {
  /** The client report as PDF bytes. */
  'report/pdf': op(reportOptionsSchema).returns<FileBytes & { pages: number; warnings?: string[] }>(),
};
export { fileBytesSchema };
