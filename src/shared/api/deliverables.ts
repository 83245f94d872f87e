import { op } from './operation';
import { reportOptionsSchema } from './report';
import type { FileBytes } from './study';

/** The client deliverables besides the PDF, of one wave in one language (the PDF's options). */
export const deliverableOperations = {
  /** The client deck as PowerPoint bytes: native, editable charts and tables, speaker notes. */
  'report/pptx': op(reportOptionsSchema).returns<FileBytes & { slides: number }>(),
  /** Every results table as an Excel workbook, one sheet per table. */
  'report/xlsx': op(reportOptionsSchema).returns<FileBytes & { sheets: string[] }>(),
  /** Every chart of the report as a PNG at twice its size, drawn from the same spec as on paper. */
  'report/charts': op(reportOptionsSchema).returns<{ files: FileBytes[] }>(),
};
