import { z } from 'zod';
import type { StudyOverview } from '../domain/study';
import { op } from './operation';
import { fileBytesSchema, studyId } from './study';

export type ImportColumnPreview = {
  index: number;
  header: string;
  /** Question code this column maps to, or null when unmapped. */
  questionCode: string | null;
  confidence: number;
  sample: string[];
};

export type ImportPreview = {
  fileName: string;
  format: string;
  sheet: string;
  rows: number;
  columns: ImportColumnPreview[];
  idColumn: number | null;
};

export type ImportSummary = {
  fileName: string;
  waveYear: number;
  rowsRead: number;
  imported: number;
  skipped: number;
  issues: { cell: string; code: string; message: string }[];
  overview: StudyOverview;
};

export const importOperations = {
  'import/preview': op(z.object({ studyId, file: fileBytesSchema })).returns<ImportPreview>(),
  'import/commit': op(
    z.object({
      studyId,
      file: fileBytesSchema,
      waveYear: z.number().int().min(1900).max(2200),
      onError: z.enum(['missing', 'skip-row', 'abort']).default('missing'),
    }),
  ).returns<ImportSummary>(),
};
