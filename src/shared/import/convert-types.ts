import { MISSING } from '../domain/questionnaire';
import type { Question } from '../domain/questionnaire';
import type { DecimalSeparator } from './number';
import type { Answer, RecodeTarget } from './recode';

// The conversion's vocabulary: the plan it follows, the findings and the typed columns it fills
// (convert.ts converts).

export const ISSUE_CODES = [
  'OUT_OF_RANGE',
  'NOT_A_NUMBER',
  'UNKNOWN_LABEL',
  'DUPLICATE_ID',
  'EMPTY_ROW',
] as const;
export type IssueCode = (typeof ISSUE_CODES)[number];

/** One finding of the validation report, with its place in the file as the user's spreadsheet names it. */
export type ImportIssue = {
  cell: string;
  /** 0-based row and column in the sheet. */
  row: number;
  column: number;
  code: IssueCode;
  severity: 'error' | 'warning';
  message: string;
  value: string;
  questionCode: string | null;
};

export type OnError = 'missing' | 'skip-row' | 'abort';

/** One column to import: into `question`; for a column of a spread multiple-choice group, its option. */
export type PlanColumn = {
  column: number;
  question: Question;
  recodes?: Map<string, RecodeTarget> | undefined;
  option?: string | undefined;
  /** Cells of a spread option column that mean "not chosen" besides blank (LimeSurvey's N or 0). */
  unchosen?: readonly string[] | undefined;
  /** Cells of a dichotomy option column that mean chosen (an SPSS set's counted value); others do not. */
  chosen?: readonly string[] | undefined;
  /** A category set's column (SPSS): the cell is the chosen option's code; `unchosen` holds its missing codes. */
  fromCell?: boolean | undefined;
};

export type ConvertPlan = {
  columns: PlanColumn[];
  idColumn: number | null;
  /** The column holding each respondent's weight (blank or unreadable weights count as 1). */
  weightColumn?: number | null | undefined;
  decimal: DecimalSeparator;
  multiSeparator: string | null;
  /** External ids already in the wave: a second file must not bring them again. */
  existingIds?: ReadonlySet<string> | undefined;
  /** Sheet rows left out on purpose: the tool's preview and test responses. */
  skipRows?: ReadonlySet<number> | undefined;
};

/**
 * The converted answers of one plan question, column-wise for every kept row: compact typed arrays
 * instead of an object per cell, so 100,000 × 100 stays a few tens of MB and writes question by
 * question. `missing` is a MISSING kind, or ABSENT for a blank cell that needs no row at all.
 */
export type ConvertedColumn = {
  questionId: number;
  /** NaN where the answer has no value. */
  value: Float64Array;
  missing: Uint8Array;
  /** Texts kept with answers; null until the column's first text. */
  text: (string | null)[] | null;
};

/** A blank cell: nothing to store (a missing answer row reads as "no answer"). */
export const ABSENT = 255;

export type ConvertedRows = {
  count: number;
  sourceRow: Int32Array;
  externalId: (string | null)[];
  /** Each kept row's weight; 1 without a weight column. */
  weight: Float64Array;
  columns: ConvertedColumn[];
};

/** One kept row as an object, for tests and small callers; the import itself reads the columns. */
export type ConvertedRow = { sourceRow: number; externalId: string | null; answers: Map<number, Answer> };

export function rowAt(rows: ConvertedRows, i: number): ConvertedRow {
  const answers = new Map<number, Answer>();
  for (const c of rows.columns) {
    const m = c.missing[i]!;
    const v = c.value[i]!;
    answers.set(
      c.questionId,
      m === ABSENT
        ? { value: null, text: null, missing: MISSING.noAnswer }
        : { value: Number.isNaN(v) ? null : v, text: c.text?.[i] ?? null, missing: m as Answer['missing'] },
    );
  }
  return { sourceRow: rows.sourceRow[i]!, externalId: rows.externalId[i]!, answers };
}

export type Conversion = {
  rows: ConvertedRows;
  issues: ImportIssue[];
  rowsRead: number;
  /** Rows with at least one error (before `onError` decides what to do with them). */
  badRows: number;
  emptyRows: number;
  /** Rows left out as the tool's preview or test responses. */
  testRows?: number;
};
