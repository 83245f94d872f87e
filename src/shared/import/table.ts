import type { DateRule } from './dates';
import type { ColumnReason } from './tools/types';

/** A sheet as read from a file: every cell as text, rows and columns as in the sheet (0-based). */
export type RawTable = { sheet: string; rows: string[][] };

export const SURVEY_TOOLS = [
  'qualtrics',
  'qualtrics-legacy',
  'surveymonkey',
  'google-forms',
  'microsoft-forms',
  'limesurvey',
  'kobotoolbox',
  'redcap',
  'surveyxact',
  'enalyzer',
  'netigate',
  'questback',
  'spss',
  'template',
  'generic',
] as const;
export type SurveyTool = (typeof SURVEY_TOOLS)[number];

/**
 * answer: data to import; id: the respondent id; weight: the respondent's weight; meta: tool
 * bookkeeping; personal: names, e-mail, IP.
 */
export type ColumnKind = 'answer' | 'id' | 'weight' | 'meta' | 'personal';

export type SourceColumn = {
  index: number;
  letter: string;
  /** The field id the tool gave the column (Qualtrics `Q2_1`, LimeSurvey `Q2[SQ001]`), if any. */
  code: string | null;
  /** The question text as the file has it. */
  text: string;
  /** A sub-label under the question (SurveyMonkey choice, grid row), if any. */
  subLabel: string | null;
  /** One line naming the column for people. */
  header: string;
  kind: ColumnKind;
  /**
   * Columns that together hold one multiple-choice question, one column per option (SurveyMonkey);
   * the key is shared by the group's columns.
   */
  group: string | null;
  /** Why the column is not a question of its own: the tool's bookkeeping, personal data, an empty column. */
  reason?: ColumnReason | null | undefined;
  /** An "other, please specify" text: the code of the question (or group key) it belongs to. */
  otherOf?: string | null | undefined;
  /** Text dates the column held, read to ISO by this rule (shown to the consultant). */
  dateRule?: DateRule | null | undefined;
  /** Every rule its text dates fit; two when day and month cannot be told apart (03/04/2025). */
  dateRules?: readonly DateRule[] | undefined;
  /**
   * A multi-select whose options one cell joins (KoboToolbox's select_multiple "apple plum" with no
   * option columns beside it): the cells are rewritten with ";" between the options.
   */
  joinedMulti?: boolean | undefined;
  /**
   * An option column of a dichotomy set (an SPSS multiple-response set): the one cell value that
   * means chosen; any other value means not chosen.
   */
  counted?: string | undefined;
  /**
   * A column of a category set (an SPSS multiple-response set): the cell holds the code of one chosen
   * category, one of `options`; blank or a `missing` code (user-missing) means none.
   */
  categories?: { options: { code: string; label: string }[]; missing: string[] } | undefined;
};

export type TableLayout = {
  tool: SurveyTool;
  /** Index of the first header row (title rows above it are skipped). */
  headerRow: number;
  headerRows: number;
  firstDataRow: number;
  columns: SourceColumn[];
  /** How multiple answers share one cell, when the tool does that. */
  multiSeparator: string | null;
  /** How sure the recognition of the tool is (0 – 1); 0 for a generic table. */
  toolConfidence?: number | undefined;
  /** Rows (0-based, in the sheet) the tool marks as preview or test responses, left out by default. */
  testRows?: number[] | undefined;
  /**
   * Set when every response is marked preview or test (a test data set, as Qualtrics' generated test
   * responses): they are kept, since leaving them out would leave nothing, and the wizard says so.
   */
  allTestRows?: number | undefined;
};
