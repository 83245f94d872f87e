import type { ColumnKind, SourceColumn, SurveyTool } from '../table';

/** What an adapter sees to recognise a file: the first rows from the header down, and the sheet names. */
export type ToolInput = {
  /** Up to three rows from the header row down, as read (not trimmed or lowercased). */
  rows: string[][];
  sheetNames: readonly string[];
};

/** How sure an adapter is that it wrote the file (0 – 1), and how it lays the header out. */
export type Recognition = {
  confidence: number;
  headerRows: number;
  multiSeparator: string | null;
};

/**
 * Why a column is not turned into a question (translated in the wizard as `importTools.reason.<code>`):
 * bookkeeping the tool adds, personal data, or a column with nothing in it.
 */
export const COLUMN_REASONS = [
  'respondentId',
  'weight',
  'startTime',
  'endTime',
  'submitted',
  'status',
  'duration',
  'device',
  'language',
  'formVersion',
  'bookkeeping',
  'name',
  'email',
  'phone',
  'address',
  'ip',
  'birthDate',
  'coordinates',
  'token',
  'emailContent',
  'phoneContent',
  'ipContent',
  'coordinatesContent',
  'empty',
  'joinedMulti',
] as const;
export type ColumnReason = (typeof COLUMN_REASONS)[number];

/** A column name rule: exact lowercased names, or a pattern over the lowercased name. */
export type NameRule = string | RegExp;

/** Bookkeeping and personal-data names a tool writes, each with the reason shown for it. */
export type NamedColumns = readonly (readonly [ColumnReason, readonly NameRule[]])[];

/**
 * A column by which a tool marks its preview and test responses, and the values (compared trimmed and
 * lowercased) that make a row one.
 */
export type TestResponseMark = { column: readonly NameRule[]; values: readonly string[] };

/** Everything the columns' values are available as, for adapters that look at the data. */
export type ColumnValues = (index: number) => readonly string[];

/**
 * One survey tool's export: how it is recognised and what its columns mean. Adding the next tool is
 * a new file with one of these and a line in `tools/index.ts`.
 */
export type ToolAdapter = {
  id: SurveyTool;
  /** The tool's name as people know it. */
  name: string;
  /** What the adapter follows: real files (with the fixture) or the vendor's documentation. */
  source: string;
  /** Confidence that the tool wrote the file, or null when it clearly did not. */
  recognise(input: ToolInput): Recognition | null;
  /** False where the tool's `weight` is an answer (REDCap's body weight), not a respondent weight. */
  respondentWeight?: boolean;
  /** Respondent id columns, by name. */
  ids?: readonly NameRule[];
  /** Bookkeeping columns (kept out of the questions, listed in the wizard), by name. */
  bookkeeping?: NamedColumns;
  /** Personal-data columns the tool itself names (on top of the shared header words and content patterns). */
  personal?: NamedColumns;
  /**
   * How the tool marks its preview and test responses: a row is one when any mark's column holds one
   * of its values. Such rows are left out by default, with a count, unless the consultant keeps them.
   */
  testResponses?: readonly TestResponseMark[];
  /**
   * Multiple choice spread over one column per option: the question and the option from the column's
   * name, or null (with the question's text, where the column's text holds the option too). Whether
   * the columns really are flags (0/1, 1/blank, the option's text, "Selected")
   * is checked on the values before they become one question.
   */
  multiOption?(c: SourceColumn): { question: string; option: string; text?: string } | null;
  /** "Other, please specify" text columns: the code or name of the question they belong to. */
  otherOf?(c: SourceColumn): string | null;
  /** Describes how the tool writes answer labels and codes (shown in `touchpoint inspect`). */
  labels: 'text' | 'codes' | 'codes or text';
  /** Splits a one-row header cell into field id, question text and sub-label (LimeSurvey's "code. text [sub]"). */
  parseHeader?(raw: string): { code: string | null; text: string; subLabel: string | null } | null;
  /** Cleans an answer cell (LimeSurvey's HTML in labels); identity when absent. */
  cleanCell?(v: string): string;
  /** Last say over the columns once all are known (a joined multi-select column beside its option columns). */
  refine?(cols: SourceColumn[], values: ColumnValues): SourceColumn[];
};

export type ClassifiedKind = { kind: ColumnKind; reason: ColumnReason | null };
