/**
 * errorHelp: for every error code of the API contract (src/shared/api/errors.ts), a short title saying
 * what happened and one sentence saying what to do. The detailed message (`errors.<CODE>`) goes
 * under the title; errorHelp.test.ts checks that every code has both in every language.
 */
export const errorHelp = {
  errorHelp: {
    details: 'Details: {{message}}',
    INVALID_INPUT: {
      title: 'A value was not accepted',
      action: 'Check the value named below and try again.',
    },
    UNKNOWN_OPERATION: { title: 'Not available in this version', action: 'Update Touchpoint Studio.' },
    UNAUTHORIZED: { title: 'Access denied', action: 'Open the app again from the address it printed.' },
    BUSY: { title: 'The app is busy', action: 'Wait a moment and try again.' },
    NOT_SUPPORTED: { title: 'Not available here', action: 'Use the desktop app for this.' },
    INTERNAL: {
      title: 'Something went wrong inside the app',
      action: 'Try again; if it happens again, send the log to support.',
    },
    FILE_NOT_FOUND: {
      title: 'File not found',
      action: 'Check that the file still exists, or choose it again.',
    },
    FILE_EXISTS: { title: 'The file already exists', action: 'Choose another name or folder.' },
    STUDY_NOT_OPEN: { title: 'The study is closed', action: 'Open the study again.' },
    STUDY_NOT_SQLITE: { title: 'Not a study file', action: 'Choose a .tpstudy file.' },
    STUDY_FOREIGN_SQLITE: { title: 'Not a Touchpoint Studio file', action: 'Choose a .tpstudy file.' },
    STUDY_NEWER_VERSION: { title: 'Made by a newer version', action: 'Update Touchpoint Studio to open it.' },
    STUDY_CORRUPT: { title: 'The study file is damaged', action: 'Open a backup copy of the study.' },
    QUESTION_CODE_TAKEN: { title: 'Code already used', action: 'Give the question another code.' },
    NOT_FOUND: { title: 'It no longer exists', action: 'Refresh the page and choose again.' },
    WAVE_NOT_FOUND: { title: 'No such wave', action: 'Choose one of the study’s waves.' },
    IMPORT_UNREADABLE: {
      title: 'The file could not be read',
      action: 'Save it as .xlsx or .csv and import again.',
    },
    IMPORT_NO_HEADER: { title: 'No header row', action: 'Put the question codes in the first row.' },
    IMPORT_NO_MATCHING_COLUMNS: {
      title: 'No matching columns',
      action: 'Name the columns with the questionnaire’s question codes.',
    },
    IMPORT_BAD_VALUES: {
      title: 'Values outside the scales',
      action: 'Correct the values or the scales, then import again.',
    },
    IMPORT_TOO_LARGE: { title: 'The file is too large', action: 'Split it into smaller files.' },
    IMPORT_DUPLICATE_FILE: {
      title: 'Already imported',
      action: 'Nothing to do: its answers are in the study.',
    },
    IMPORT_CANCELLED: { title: 'Import cancelled', action: 'Start the import again when you are ready.' },
    IMPORT_DATE_RULE: {
      title: 'Date format does not fit',
      action: 'Choose one of the date formats the column’s values fit.',
    },
    ANALYSIS_NO_DATA: {
      title: 'No answers to analyse',
      action: 'Widen the filter or import answers for this wave.',
    },
    ANALYSIS_TOO_MANY_DRIVERS: { title: 'Too many drivers', action: 'Choose fewer drivers.' },
    ANALYSIS_TOO_FEW_RESPONDENTS: {
      title: 'Too few respondents',
      action: 'Widen the filter or choose fewer drivers.',
    },
    ANALYSIS_NO_VARIANCE: {
      title: 'Everyone answered alike',
      action: 'Leave that question out of the drivers.',
    },
    ANALYSIS_COLLINEAR: { title: 'Drivers measure the same thing', action: 'Leave one of them out.' },
    ANALYSIS_NO_OUTCOME: {
      title: 'No outcome question',
      action: 'Mark the overall question in the questionnaire.',
    },
    ANALYSIS_NO_DRIVERS: {
      title: 'No drivers',
      action: 'Mark the touchpoint ratings as performance questions.',
    },
    WEIGHTING_NO_TARGETS: { title: 'No weighting targets', action: 'Enter them under Settings → Weighting.' },
    WEIGHTING_TARGETS_INVALID: {
      title: 'Targets cannot be used',
      action: 'Correct the shares under Settings → Weighting.',
    },
    REPORT_FAILED: {
      title: 'The report could not be made',
      action: 'Try again; if it happens again, send the log to support.',
    },
    REPORT_FILTER_REFUSED: { title: 'Report refused for this group', action: 'Choose a wider group.' },
    CODE_TAKEN: { title: 'Code already used', action: 'Choose another code.' },
    INVALID_REFERENCE: { title: 'Refers to a missing question', action: 'Choose a question of this study.' },
    SCALE_DOES_NOT_FIT: {
      title: 'The scale does not fit the answers',
      action: 'Widen the scale or keep the old one.',
    },
    QUESTION_WORDING_CHANGED: {
      title: 'The wording changed',
      action: 'Say whether it is the same question or a new one.',
    },
    NOTHING_TO_UNDO: { title: 'Nothing to undo', action: 'No action is needed.' },
  },
};
