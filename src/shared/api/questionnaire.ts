import { z } from 'zod';
import { textsSchema } from '../domain/language';
import type { StudyOverview } from '../domain/study';
import {
  questionCodeSchema,
  questionRoleSchema,
  questionTypeSchema,
  scaleSchema,
} from '../domain/questionnaire';
import { op } from './operation';
import { studyId } from './study';

export const newQuestionSchema = z.object({
  code: questionCodeSchema,
  touchpointId: z.number().int().nullable().default(null),
  type: questionTypeSchema,
  role: questionRoleSchema,
  scale: scaleSchema,
  texts: textsSchema,
  weighsQuestionCode: questionCodeSchema.nullable().default(null),
});
export type NewQuestion = z.input<typeof newQuestionSchema>;

export const questionnaireOperations = {
  'questionnaire/addStage': op(z.object({ studyId, texts: textsSchema })).returns<StudyOverview>(),
  'questionnaire/addTouchpoint': op(
    z.object({ studyId, stageId: z.number().int(), texts: textsSchema }),
  ).returns<StudyOverview>(),
  'questionnaire/addQuestion': op(
    z.object({ studyId, question: newQuestionSchema }),
  ).returns<StudyOverview>(),
  'questionnaire/remove': op(
    z.object({ studyId, kind: z.enum(['stage', 'touchpoint', 'question']), id: z.number().int() }),
  ).returns<StudyOverview>(),
};
