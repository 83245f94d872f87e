import { z } from 'zod';
import { textsSchema } from './language';

/**
 * Kinds of missing answer. "Don't know" and "not applicable" are kept apart from "no answer" so the
 * method appendix can report them; none of them is ever a zero.
 */
export const MISSING = { answered: 0, noAnswer: 1, dontKnow: 2, notApplicable: 3 } as const;
export type MissingKind = (typeof MISSING)[keyof typeof MISSING];

export const QUESTION_TYPES = ['rating', 'nps', 'single', 'multi', 'text', 'number'] as const;
export const questionTypeSchema = z.enum(QUESTION_TYPES);
export type QuestionType = z.infer<typeof questionTypeSchema>;

export const QUESTION_ROLES = [
  'performance',
  'importance',
  'outcome-satisfaction',
  'outcome-recommend',
  'loyalty',
  'comment',
  'segment',
  'other',
] as const;
export const questionRoleSchema = z.enum(QUESTION_ROLES);
export type QuestionRole = z.infer<typeof questionRoleSchema>;

export const scalePointSchema = z.object({ value: z.number(), texts: textsSchema });
export const missingCodeSchema = z.object({
  value: z.number(),
  kind: z.enum(['dontKnow', 'notApplicable']),
  texts: textsSchema.optional(),
});

/**
 * Scale of a question. `range` for ratings (1–5, 0–10 …) with optional labelled points and codes that
 * mean "don't know"/"not applicable"; `choice` for single/multiple choice with coded options; `none`
 * for free text and plain numbers.
 */
export const scaleSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('range'),
    min: z.number().int(),
    max: z.number().int(),
    labels: z.array(scalePointSchema).default([]),
    missingCodes: z.array(missingCodeSchema).default([]),
  }),
  z.object({
    kind: z.literal('choice'),
    options: z.array(z.object({ code: z.string().min(1), texts: textsSchema })),
  }),
  z.object({ kind: z.literal('none') }),
]);
export type Scale = z.infer<typeof scaleSchema>;
export type RangeScale = Extract<Scale, { kind: 'range' }>;

/** Stable question codes: letters, digits, `_`, `.` and `-`, starting with a letter. */
export const questionCodeSchema = z
  .string()
  .regex(/^[A-Za-z][A-Za-z0-9_.-]{0,63}$/, 'a code starts with a letter and holds letters, digits, _ . -');

export const questionSchema = z.object({
  id: z.number().int(),
  code: questionCodeSchema,
  touchpointId: z.number().int().nullable(),
  position: z.number().int(),
  type: questionTypeSchema,
  role: questionRoleSchema,
  scale: scaleSchema,
  texts: textsSchema,
  /** For an importance question: the performance question it weighs. */
  weighsQuestionId: z.number().int().nullable(),
});
export type Question = z.infer<typeof questionSchema>;

export const touchpointSchema = z.object({
  id: z.number().int(),
  stageId: z.number().int(),
  code: z.string(),
  position: z.number().int(),
  texts: textsSchema,
});
export type Touchpoint = z.infer<typeof touchpointSchema>;

export const stageSchema = z.object({
  id: z.number().int(),
  code: z.string(),
  position: z.number().int(),
  texts: textsSchema,
});
export type Stage = z.infer<typeof stageSchema>;

export type Questionnaire = {
  stages: Stage[];
  touchpoints: Touchpoint[];
  questions: Question[];
};

/** The scale every NPS question has: 0–10. */
export const NPS_SCALE: RangeScale = { kind: 'range', min: 0, max: 10, labels: [], missingCodes: [] };
