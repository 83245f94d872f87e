/** errors: English UI strings (the reference; nb and da are typed by these). */
export const errors = {
  errors: {
    INVALID_INPUT: 'Some input was not valid.',
    UNKNOWN_OPERATION: 'This version of the app cannot do that yet.',
    BUSY: 'The app is busy with other requests. Try again in a moment.',
    UNAUTHORIZED: 'Access denied. Open the app again from the address it printed.',
    NOT_SUPPORTED: 'Not available in this version of the app.',
    INTERNAL: 'Something went wrong inside the app. The details are in its log; please report it.',
    FILE_NOT_FOUND: 'The file was not found.',
    FILE_EXISTS: 'A file with that name already exists.',
    STUDY_NOT_OPEN: 'The study is no longer open. Open it again.',
    STUDY_NOT_SQLITE: 'This is not a study file.',
    STUDY_FOREIGN_SQLITE: 'This database was not made by Touchpoint Studio.',
    STUDY_NEWER_VERSION:
      'This study was saved by a newer version of Touchpoint Studio. Update the app to open it.',
    STUDY_CORRUPT: 'The study file is damaged.',
    QUESTION_CODE_TAKEN: 'That question code is already used.',
    QUESTION_WORDING_CHANGED:
      'Answers to this question are already imported: say whether the new text is the same question or a new one.',
    CODE_TAKEN: 'That code is already used in the study.',
    INVALID_REFERENCE: 'The question it refers to does not exist in this study.',
    SCALE_DOES_NOT_FIT: 'The new scale does not fit the answers already imported for this question.',
    NOTHING_TO_UNDO: 'There is nothing to undo.',
    NOT_FOUND: 'It no longer exists.',
    WAVE_NOT_FOUND: 'There is no such wave in this study.',
    IMPORT_UNREADABLE: 'The file could not be read as a spreadsheet.',
    IMPORT_NO_HEADER: 'The file has no header row.',
    IMPORT_NO_MATCHING_COLUMNS: 'No column of the file matches a question code of the questionnaire.',
    IMPORT_BAD_VALUES: 'The file holds values outside the questions’ scales.',
    IMPORT_TOO_LARGE: 'The file is too large to import.',
    IMPORT_DUPLICATE_FILE: 'This file has already been imported.',
    IMPORT_CANCELLED: 'The import was cancelled; nothing was changed.',
    IMPORT_DATE_RULE: 'The dates of column {{column}} cannot be read as {{rule}}.',
    ANALYSIS_NO_DATA: 'There are no answers to analyse for this selection.',
    ANALYSIS_TOO_MANY_DRIVERS:
      '{{drivers}} drivers: exact Shapley takes at most {{max}}. Group the drivers by journey stage, choose fewer, or read the relative weights.',
    ANALYSIS_TOO_FEW_RESPONDENTS:
      'Only {{n}} respondents answered every question this analysis needs. Choose fewer drivers, use pairwise deletion or widen the filter.',
    ANALYSIS_NO_VARIANCE:
      'Every respondent gave {{question}} the same answer, so it cannot explain anything. Leave it out of the drivers.',
    ANALYSIS_COLLINEAR:
      'Two or more drivers measure the same thing (their answers move in lockstep). Leave one of them out.',
    ANALYSIS_NO_OUTCOME:
      'The study has no overall satisfaction or recommendation question to explain. Mark one in the questionnaire.',
    ANALYSIS_NO_DRIVERS:
      'There are no touchpoint performance questions to use as drivers. Mark the rating questions as performance in the questionnaire.',
    WEIGHTING_NO_TARGETS:
      'No weighting targets are set. Enter the population shares under Settings → Weighting.',
    WEIGHTING_TARGETS_INVALID:
      'These weighting targets cannot be used. Check that the shares add up to 100 % and that no group would be weighted far up.',
    REPORT_FAILED: 'The report could not be made.',
    REPORT_FILTER_REFUSED:
      'A report for this filter could reveal a group of fewer than {{k}} respondents (on its own or together with results already shown). Choose a wider group or make the report for the whole wave.',
  },
};
