/** A sheet as read from a file: every cell as text, rows and columns as in the sheet (0-based). */
export type RawTable = { sheet: string; rows: string[][] };

export const SURVEY_TOOLS = [
  'qualtrics',
  'qualtrics-legacy',
  'surveymonkey',
  'google-forms',
  'microsoft-forms',
  'limesurvey',
  'surveyxact',
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
};
