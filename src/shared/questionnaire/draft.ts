import { z } from 'zod';
import { textsSchema } from '../domain/language';
import {
  questionCodeSchema,
  questionRoleSchema,
  questionTypeSchema,
  scaleSchema,
} from '../domain/questionnaire';

/**
 * A piece of questionnaire not yet in a study: what the question bank, the journey templates, a paste
 * from Excel and a questionnaire file produce, and what `questionnaire/insert` adds in one transaction.
 * Questions refer to each other by code (an importance question names the performance question it
 * weighs), never by id.
 */
export const draftQuestionSchema = z.object({
  code: questionCodeSchema,
  type: questionTypeSchema,
  role: questionRoleSchema,
  scale: scaleSchema,
  texts: textsSchema,
  weighsQuestionCode: questionCodeSchema.nullable().default(null),
});
export type DraftQuestion = z.input<typeof draftQuestionSchema>;

export const draftTouchpointSchema = z.object({
  code: z.string().min(1).max(64),
  texts: textsSchema,
  questions: z.array(draftQuestionSchema).default([]),
});
export type DraftTouchpoint = z.input<typeof draftTouchpointSchema>;

export const draftStageSchema = z.object({
  code: z.string().min(1).max(64),
  texts: textsSchema,
  touchpoints: z.array(draftTouchpointSchema).default([]),
});
export type DraftStage = z.input<typeof draftStageSchema>;

/**
 * `stages` are new stages (with their touchpoints and questions); `general` are questions outside the
 * journey (overall satisfaction, NPS, background variables).
 */
export const draftSchema = z.object({
  stages: z.array(draftStageSchema).default([]),
  general: z.array(draftQuestionSchema).default([]),
});
export type Draft = z.input<typeof draftSchema>;
export type ParsedDraft = z.output<typeof draftSchema>;
