import type { ReadWarning } from '../import/read-warnings';
import { z } from 'zod';
import type { StudyOverview } from '../domain/study';
import { questionRoleSchema } from '../domain/questionnaire';
import type { QuestionType } from '../domain/questionnaire';
import type { ImportIssue, IssueCode } from '../import/convert';
import type { CreatedQuestionSummary } from '../import/infer/summary';
import { DATE_RULES } from '../import/dates';
import type { DateRule } from '../import/dates';
import type { MappingSource } from '../import/mapping';
import { recodeTableSchema } from '../import/recode';
import type { RecodeTarget } from '../import/recode';
import type { ColumnKind, SurveyTool } from '../import/table';
import type { ColumnReason } from '../import/tools/types';
import type { ApiError } from './errors';
import { op } from './operation';
import { fileBytesSchema, studyId } from './study';

/**
 * How to read and map a file. Everything is optional: the service detects the sheet, the header, the
 * tool and the mapping; the wizard sends back only what the user changed.
 */
export const importOptionsSchema = z.object({
  sheet: z.string().optional(),
  /** First header row (0-based) and number of header rows, when the detection got them wrong. */
  headerRow: z.number().int().min(0).max(1000).optional(),
  headerRows: z.number().int().min(1).max(5).optional(),
  delimiter: z.enum([',', ';', '\t', '|']).optional(),
  /** A saved import profile of the study to map with. */
  profile: z.string().min(1).max(100).optional(),
  /** Manual overrides: column index → question code, or null to leave the column out. */
  mapping: z
    .array(z.object({ column: z.number().int().min(0), questionCode: z.string().min(1).nullable() }))
    .optional(),
  /** Corrections of the role and scale the import inferred for questions it creates, by column. */
  corrections: z
    .array(
      z.object({
        column: z.number().int().min(0),
        role: questionRoleSchema.optional(),
        min: z.number().int().min(-10).max(100).optional(),
        max: z.number().int().min(-10).max(100).optional(),
      }),
    )
    .optional(),
  /**
   * The rule a column's text dates are read by, chosen among those its values fit (`dateRules` of the
   * preview column): a column of 03/04/2025 fits both dd/mm/yyyy and mm/dd/yyyy.
   */
  dateRules: z
    .array(
      z.object({
        column: z.number().int().min(0),
        rule: z.enum(DATE_RULES, { error: `a date rule is one of ${DATE_RULES.join(', ')}` }),
      }),
    )
    .optional(),
  /** Recode tables by question code: source text → value, option code or kind of missing. */
  recodes: z.record(z.string(), recodeTableSchema).optional(),
  /** Create questions from unmapped answer columns (ad-hoc analysis of any export). */
  createQuestions: z.boolean().default(false),
  /** Keep personal data columns (e-mail, name, IP address) as questions; left out by default. */
  keepPersonal: z.boolean().default(false),
  /** Keep the responses the tool marks as preview or test (Qualtrics Status / DistributionChannel); left out by default. */
  keepTestResponses: z.boolean().default(false),
});
export type ImportOptions = z.input<typeof importOptionsSchema>;

const commitSchema = importOptionsSchema.extend({
  studyId,
  file: fileBytesSchema,
  waveYear: z.number().int().min(1900).max(2200),
  onError: z.enum(['missing', 'skip-row', 'abort']).default('missing'),
  /** The same file (by hash) already in the study: `ask` fails with IMPORT_DUPLICATE_FILE so the UI can offer replace or skip. */
  ifDuplicate: z.enum(['ask', 'replace', 'skip']).default('ask'),
  /** Save the mapping and recodes used as a named profile of the study. */
  saveProfile: z.string().trim().min(1).max(100).optional(),
});

export type ImportColumnPreview = {
  index: number;
  /** Column letter (A, B, … AA). */
  letter: string;
  header: string;
  /** The tool's field id, if the file has one. */
  code: string | null;
  subLabel: string | null;
  kind: ColumnKind;
  /** Question code this column maps to, or null when unmapped. */
  questionCode: string | null;
  confidence: number;
  source: MappingSource;
  /** The type the values look like (what a created question would get). */
  inferredType: QuestionType;
  nonEmpty: number;
  sample: string[];
  /** Why the column is left out of the questions (the tool's bookkeeping, personal data, empty), or null. */
  reason: ColumnReason | null;
  /** The rule its text dates were read to ISO by (`dd.mm.yyyy` …), or null (none, or not chosen yet). */
  dateRule: DateRule | null;
  /** Every rule its text dates fit: two when day and month cannot be told apart, for the consultant to choose. */
  dateRules: DateRule[];
};

/** Another sheet of the workbook than the one imported; a Kobo repeat group's sheet has `_parent_index`. */
export type OtherSheet = { name: string; rows: number; columns: number; repeatGroup: boolean };

export type RecodeProposal = {
  questionCode: string;
  values: { text: string; count: number; target: RecodeTarget | null }[];
};

export type ValidationReport = {
  rowsRead: number;
  emptyRows: number;
  badRows: number;
  counts: Partial<Record<IssueCode, number>>;
  errors: number;
  warnings: number;
  /** The first issues (all of them when `truncated` is false). */
  issues: ImportIssue[];
  truncated: boolean;
};

export type ImportPreview = {
  fileName: string;
  format: string;
  encoding: string | null;
  delimiter: string | null;
  decimal: string;
  tool: SurveyTool;
  /** The tool's name as people know it, and how sure the recognition is (0 – 1). */
  toolName: string;
  toolConfidence: number;
  /** The workbook's other sheets, not imported unless chosen. */
  otherSheets: OtherSheet[];
  /** Responses the tool marks as preview or test, left out unless `keepTestResponses`. */
  testResponses: number;
  /** Every response is marked preview or test (a test data set): all of them are kept. */
  allTestResponses: number;
  /** What the reader could not read and left out, the rest being read (a damaged SPSS multiple-response set). */
  readWarnings?: ReadWarning[];
  sheets: string[];
  sheet: string;
  headerRow: number;
  headerRows: number;
  rows: number;
  /** The first (up to 5) non-empty data rows below the header, as text, one cell per entry of `columns`. */
  firstRows: string[][];
  columns: ImportColumnPreview[];
  idColumn: number | null;
  /** The column read as each respondent's weight, if any. */
  weightColumn: number | null;
  /** Questions the import would create (with `createQuestions`). */
  newQuestions: CreatedQuestionSummary[];
  recodeProposals: RecodeProposal[];
  validation: ValidationReport;
  /** The same file already imported into this study. */
  duplicateOf: { fileId: number; name: string } | null;
};

export type ImportSummary = {
  fileName: string;
  fileId: number | null;
  waveYear: number;
  tool: SurveyTool;
  rowsRead: number;
  imported: number;
  skipped: number;
  /** Of the skipped: preview and test responses left out. */
  testResponses?: number;
  /** What the reader could not read and left out (as in the preview). */
  readWarnings?: ReadWarning[];
  createdQuestions: string[];
  /** What was inferred for each created question, with the reasons. */
  created: CreatedQuestionSummary[];
  issues: { cell: string; code: string; message: string }[];
  issueCounts: Partial<Record<IssueCode, number>>;
  /** `skipped`: the file was already imported and left as it was; `replaced`: its earlier import was replaced. */
  duplicate: 'skipped' | 'replaced' | null;
  overview: StudyOverview;
};

export type ImportJobState = {
  jobId: string;
  state: 'running' | 'done' | 'failed' | 'cancelled';
  phase: 'reading' | 'converting' | 'writing' | 'finished';
  rowsDone: number;
  rowsTotal: number;
  percent: number;
  /** Seconds left, estimated from the pace so far; null until there is a pace. */
  etaSeconds: number | null;
  result: ImportSummary | null;
  error: ApiError | null;
};

export type InspectResult = Omit<
  ImportPreview,
  'columns' | 'idColumn' | 'weightColumn' | 'newQuestions' | 'recodeProposals' | 'validation' | 'duplicateOf'
> & {
  columns: (Omit<ImportColumnPreview, 'questionCode' | 'confidence' | 'source'> & {
    distinct: number;
    /** Code of the question `import --create-questions` would create from the column, or null. */
    createdAs?: string | null;
  })[];
  /** What `import --create-questions` into an empty study would create, with the same inference and reasons. */
  questions?: CreatedQuestionSummary[];
};

/** How a stored file was imported last time, as options the wizard can start from. */
export type StoredImportOptions = Omit<ImportOptions, 'profile'> & {
  onError: 'missing' | 'skip-row' | 'abort';
};

/** A file kept in the study, with its bytes, so the wizard can map it again without the original. */
export type StoredImport = {
  fileId: number;
  name: string;
  base64: string;
  waveYear: number;
  /** Respondents the file brought in now (what a re-map replaces). */
  respondents: number;
  options: StoredImportOptions;
};

export type Frequencies = {
  questionCode: string;
  waveYear: number;
  n: number;
  /** count is null for a choice option hidden for anonymity (fewer than k, or complementary). */
  counts: { value: string; label: string; count: number | null }[];
  missing: { noAnswer: number; dontKnow: number; notApplicable: number };
};

export const importOperations = {
  /** Reads a file without a study: format, encoding, delimiter, tool, sheets, header and per-column facts. */
  'import/inspect': op(
    z.object({
      file: fileBytesSchema,
      sheet: z.string().optional(),
      headerRow: z.number().int().min(0).max(1000).optional(),
      headerRows: z.number().int().min(1).max(5).optional(),
      delimiter: z.enum([',', ';', '\t', '|']).optional(),
    }),
  ).returns<InspectResult>(),
  /** Reads a file and shows what an import would do: tool, header, mapping, recodes, validation. Writes nothing. */
  'import/preview': op(
    importOptionsSchema.extend({ studyId, file: fileBytesSchema }),
  ).returns<ImportPreview>(),
  /** Imports in one transaction, then returns the summary (small files; use import/start for large ones). */
  'import/commit': op(commitSchema).returns<ImportSummary>(),
  /** Starts the same import as a job off the main thread; poll import/progress, stop with import/cancel. */
  'import/start': op(commitSchema).returns<{ jobId: string }>(),
  'import/progress': op(z.object({ jobId: z.string().min(1) })).returns<ImportJobState>(),
  'import/cancel': op(z.object({ jobId: z.string().min(1) })).returns<ImportJobState>(),
  /** The validation report of a preview as an xlsx workbook. */
  'import/validationXlsx': op(importOptionsSchema.extend({ studyId, file: fileBytesSchema })).returns<{
    name: string;
    base64: string;
  }>(),
  /** A stored file's bytes, wave and the options of its last import: the wizard previews it like a dropped file. */
  'import/storedFile': op(z.object({ studyId, fileId: z.number().int() })).returns<StoredImport>(),
  /**
   * Re-imports a stored file (by id) with the wizard's full options (mapping, recodes, created questions,
   * personal data, onError), replacing its respondents in one transaction; no original file needed.
   */
  'import/remap': op(
    importOptionsSchema.extend({
      studyId,
      fileId: z.number().int(),
      onError: z.enum(['missing', 'skip-row', 'abort']).default('missing'),
      saveProfile: z.string().trim().min(1).max(100).optional(),
    }),
  ).returns<ImportSummary>(),
  'import/profiles': op(z.object({ studyId })).returns<
    { name: string; updatedAt: string; tool: string; columns: number }[]
  >(),
  'import/deleteProfile': op(z.object({ studyId, name: z.string().min(1) })).returns<{ deleted: true }>(),
  /** An xlsx response template from the questionnaire: codes in row 1, texts in row 2, lists for scale points. */
  'import/template': op(z.object({ studyId, lang: z.enum(['en', 'nb', 'da']).optional() })).returns<{
    name: string;
    base64: string;
  }>(),
  /** Counts per answer of one question in one wave (the data check after an import). */
  'import/frequencies': op(
    z.object({ studyId, questionCode: z.string().min(1), waveYear: z.number().int().optional() }),
  ).returns<Frequencies>(),
};
