import { z } from 'zod';
import { languageSchema } from '../domain/language';
import { filterSchema } from './analysis';
import { op } from './operation';
import { fileBytesSchema, studyId } from './study';
import type { FileBytes } from './study';
import type { LanguageFallback } from '../report/language-coverage';

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

export const languageCheckSchema = z.object({ studyId, lang: languageSchema });

export const reportOperations = {
  /**
   * Before an export: which of the study's texts do not exist in the report language (and the
   * language printed instead), with the warning the CLI prints. `fallback` is null when all do.
   */
  'report/languageCheck': op(languageCheckSchema).returns<{
    fallback: LanguageFallback | null;
    warnings: string[];
  }>(),
  /** The client report as PDF bytes. */
  'report/pdf': op(reportOptionsSchema).returns<FileBytes & { pages: number; warnings?: string[] }>(),
};
export { fileBytesSchema };
