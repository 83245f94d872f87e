/**
 * Stable machine codes for every failure that crosses the API boundary. The UI turns a code and its
 * details into localized text (i18n key `errors.<CODE>`); the CLI prints the English message.
 */
export const ERROR_CODES = [
  'INVALID_INPUT',
  'UNKNOWN_OPERATION',
  'UNAUTHORIZED',
  'BUSY',
  'NOT_SUPPORTED',
  'INTERNAL',
  'FILE_NOT_FOUND',
  'FILE_EXISTS',
  'STUDY_NOT_OPEN',
  'STUDY_NOT_SQLITE',
  'STUDY_FOREIGN_SQLITE',
  'STUDY_NEWER_VERSION',
  'STUDY_CORRUPT',
  'QUESTION_CODE_TAKEN',
  'NOT_FOUND',
  'WAVE_NOT_FOUND',
  'IMPORT_UNREADABLE',
  'IMPORT_NO_HEADER',
  'IMPORT_NO_MATCHING_COLUMNS',
  'IMPORT_BAD_VALUES',
  'IMPORT_TOO_LARGE',
  'IMPORT_DUPLICATE_FILE',
  'IMPORT_CANCELLED',
  'IMPORT_DATE_RULE',
  'ANALYSIS_NO_DATA',
  'ANALYSIS_TOO_MANY_DRIVERS',
  'ANALYSIS_TOO_FEW_RESPONDENTS',
  'ANALYSIS_NO_VARIANCE',
  'ANALYSIS_COLLINEAR',
  'ANALYSIS_NO_OUTCOME',
  'ANALYSIS_NO_DRIVERS',
  'WEIGHTING_NO_TARGETS',
  'WEIGHTING_TARGETS_INVALID',
  'REPORT_FAILED',
  'REPORT_FILTER_REFUSED',
  'CODE_TAKEN',
  'INVALID_REFERENCE',
  'SCALE_DOES_NOT_FIT',
  'QUESTION_WORDING_CHANGED',
  'NOTHING_TO_UNDO',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export type ErrorDetails = Record<string, string | number | boolean | null>;

/** An error as a value: what crosses IPC and HTTP. Never carries a stack trace. */
export type ApiError = { code: ErrorCode; message: string; details?: ErrorDetails };

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** Thrown by services; the dispatcher turns it into `{ ok: false, error }`. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: ErrorDetails | undefined;
  constructor(code: ErrorCode, message: string, details?: ErrorDetails) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
  }
  toValue(): ApiError {
    return this.details
      ? { code: this.code, message: this.message, details: this.details }
      : { code: this.code, message: this.message };
  }
}

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}
