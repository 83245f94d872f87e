import { z } from 'zod';
import { languageSchema } from '../domain/language';
import { op } from './operation';
import { fileBytesSchema, studyId } from './study';
import type { FileBytes } from './study';

export const reportOptionsSchema = z.object({
  studyId,
  waveYear: z.number().int().optional(),
  lang: languageSchema.default('en'),
});

export const reportOperations = {
  /** The client report as PDF bytes. */
  'report/pdf': op(reportOptionsSchema).returns<FileBytes & { pages: number; warnings?: string[] }>(),
};
export { fileBytesSchema };
