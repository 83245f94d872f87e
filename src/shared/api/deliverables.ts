import { z } from 'zod';
import { languageSchema } from '../domain/language';
import { op } from './operation';
import { reportOptionsSchema } from './report';
import { studyId } from './study';
import type { FileBytes } from './study';

/** One report per unit of a background variable (BRANCH): which file format. */
export const PER_UNIT_FORMATS = ['pdf', 'pptx'] as const;

export const perUnitInputSchema = z.object({
  studyId,
  /** A single-choice background variable: one report per option. */
  variable: z.string().min(1).max(64),
  format: z.enum(PER_UNIT_FORMATS).default('pdf'),
  waveYear: z.number().int().optional(),
  lang: languageSchema.default('en'),
});

export type PerUnitSkipReason = 'under-k' | 'subtraction' | 'differencing';
export type PerUnitResult = {
  files: (FileBytes & { unit: string })[];
  /** Units without a report, with why (never their size when it is under k). */
  skipped: { unit: string; label: string; reason: PerUnitSkipReason }[];
  k: number;
};

/** The client deliverables besides the PDF, of one wave in one language (the PDF's options). */
export const deliverableOperations = {
  /** The client deck as PowerPoint bytes: native, editable charts and tables, speaker notes. */
  'report/pptx': op(reportOptionsSchema).returns<FileBytes & { slides: number }>(),
  /** Every results table as an Excel workbook, one sheet per table. */
  'report/xlsx': op(reportOptionsSchema).returns<FileBytes & { sheets: string[] }>(),
  /** Every chart of the report as a PNG at twice its size, drawn from the same spec as on paper. */
  'report/charts': op(reportOptionsSchema).returns<{ files: FileBytes[] }>(),
  /** One report per unit of a background variable, each respecting k and the release log. */
  'report/perUnit': op(perUnitInputSchema).returns<PerUnitResult>(),
};
