import { z } from 'zod';
import { languageSchema } from '../domain/language';
import type { StudyOverview } from '../domain/study';
import { op } from './operation';
import { fileBytesSchema, studyId } from './study';
import type { FileBytes } from './study';

/** The questionnaire file formats the app writes: its own workbook, and the survey tools' formats. */
export const QUESTIONNAIRE_FILE_FORMATS = ['xlsx', 'xlsform', 'limesurvey', 'qualtrics-txt', 'pdf'] as const;
export const questionnaireFileFormatSchema = z.enum(QUESTIONNAIRE_FILE_FORMATS);
export type QuestionnaireFileFormat = z.infer<typeof questionnaireFileFormatSchema>;

export const questionnaireFileOperations = {
  /** The questionnaire as a file; `lang` picks the language where a format holds only one. */
  'questionnaire/export': op(
    z.object({ studyId, format: questionnaireFileFormatSchema, lang: languageSchema.optional() }),
  ).returns<FileBytes>(),
  /** Reads the app's questionnaire workbook (xlsx) into the study. */
  'questionnaire/import': op(z.object({ studyId, file: fileBytesSchema })).returns<StudyOverview>(),
};
