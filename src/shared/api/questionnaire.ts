import { z } from 'zod';
import { textsSchema } from '../domain/language';
import type { StudyOverview } from '../domain/study';
import {
  questionCodeSchema,
  questionRoleSchema,
  questionTypeSchema,
  scaleSchema,
} from '../domain/questionnaire';
import { draftSchema } from '../questionnaire/draft';
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

export const itemKindSchema = z.enum(['stage', 'touchpoint', 'question']);
export type ItemKind = z.infer<typeof itemKindSchema>;

/** Stage and touchpoint codes: the same rule as question codes. */
const itemCodeSchema = questionCodeSchema;

/** Texts to change, per language; an empty string removes that language. */
const textsPatchSchema = z.object({
  en: z.string().optional(),
  nb: z.string().optional(),
  da: z.string().optional(),
});

export const itemPatchSchema = z.object({
  code: itemCodeSchema.optional(),
  texts: textsPatchSchema.optional(),
  type: questionTypeSchema.optional(),
  role: questionRoleSchema.optional(),
  scale: scaleSchema.optional(),
  weighsQuestionCode: questionCodeSchema.nullable().optional(),
});
export type ItemPatch = z.input<typeof itemPatchSchema>;

/**
 * When a question's wording changes after a wave holds answers: `comparable` keeps the code (each
 * answered wave keeps the texts it was asked with), `new` makes the new wording a new question.
 */
export const wordingSchema = z.enum(['comparable', 'new']);

export type { DesignerHistory } from '../domain/study';

export const questionnaireOperations = {
  'questionnaire/addStage': op(
    z.object({ studyId, texts: textsSchema, code: itemCodeSchema.optional() }),
  ).returns<StudyOverview>(),
  'questionnaire/addTouchpoint': op(
    z.object({ studyId, stageId: z.number().int(), texts: textsSchema, code: itemCodeSchema.optional() }),
  ).returns<StudyOverview>(),
  'questionnaire/addQuestion': op(
    z.object({ studyId, question: newQuestionSchema }),
  ).returns<StudyOverview>(),
  'questionnaire/update': op(
    z.object({
      studyId,
      kind: itemKindSchema,
      id: z.number().int(),
      patch: itemPatchSchema,
      wording: wordingSchema.optional(),
    }),
  ).returns<StudyOverview>(),
  /** `position` is the 0-based place among the new siblings; `toParentId` null = outside the journey. */
  'questionnaire/move': op(
    z.object({
      studyId,
      kind: itemKindSchema,
      id: z.number().int(),
      toParentId: z.number().int().nullable().optional(),
      position: z.number().int().min(0),
    }),
  ).returns<StudyOverview>(),
  'questionnaire/duplicate': op(
    z.object({ studyId, kind: itemKindSchema, id: z.number().int() }),
  ).returns<StudyOverview>(),
  'questionnaire/bulkUpdate': op(
    z.object({
      studyId,
      questionIds: z.array(z.number().int()).min(1),
      patch: z.object({
        scale: scaleSchema.optional(),
        role: questionRoleSchema.optional(),
        type: questionTypeSchema.optional(),
      }),
    }),
  ).returns<StudyOverview>(),
  'questionnaire/insert': op(
    z.object({
      studyId,
      draft: draftSchema,
      intoStageId: z.number().int().optional(),
      intoTouchpointId: z.number().int().optional(),
    }),
  ).returns<StudyOverview>(),
  'questionnaire/remove': op(
    z.object({ studyId, kind: itemKindSchema, id: z.number().int() }),
  ).returns<StudyOverview>(),
  'questionnaire/undo': op(z.object({ studyId })).returns<StudyOverview>(),
  'questionnaire/redo': op(z.object({ studyId })).returns<StudyOverview>(),
};
