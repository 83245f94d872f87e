import { z } from 'zod';
import { languageSchema, textsSchema } from '../../../shared/domain/language';
import {
  questionCodeSchema,
  questionRoleSchema,
  questionTypeSchema,
  scaleSchema,
} from '../../../shared/domain/questionnaire';
import { brandingSchema } from '../../../shared/domain/study';
import { plsModelSchema } from '../../../shared/api/pls';

/**
 * The format of resources/sample/study.json: study meta, waves with their response files, and the
 * questionnaire as a tree (stages → touchpoints → questions) plus the study-level questions.
 * Validated before anything is written, so a broken sample never yields a half-made study.
 */

export const SAMPLE_FORMAT = 'touchpoint-sample/1';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date is YYYY-MM-DD');

export const sampleQuestionSchema = z.object({
  code: questionCodeSchema,
  type: questionTypeSchema,
  role: questionRoleSchema,
  scale: scaleSchema,
  texts: textsSchema,
  /** For an importance question: the code of the performance question it weighs. */
  weighs: questionCodeSchema.optional(),
});

export const sampleTouchpointSchema = z.object({
  code: z.string().min(1),
  texts: textsSchema,
  questions: z.array(sampleQuestionSchema),
});

export const sampleStageSchema = z.object({
  code: z.string().min(1),
  texts: textsSchema,
  touchpoints: z.array(sampleTouchpointSchema).min(1),
});

export const sampleWaveSchema = z.object({
  year: z.number().int().min(1900).max(2200),
  label: z.string().min(1),
  fieldworkStart: isoDate,
  fieldworkEnd: isoDate,
  /** How many were invited (the response rate is the file's respondents over this). */
  invited: z.number().int().min(1).optional(),
  /** The response file beside study.json: header = respondent_id, then question codes. */
  file: z.string().regex(/^[A-Za-z0-9._-]+\.csv$/, 'a plain .csv file name in the sample folder'),
});

export const sampleStudySchema = z
  .object({
    format: z.literal(SAMPLE_FORMAT),
    study: z.object({
      client: z.string().min(1),
      title: z.string().min(1),
      languages: z.array(languageSchema).min(1),
      anonymityK: z.number().int().min(1),
      branding: brandingSchema,
    }),
    waves: z.array(sampleWaveSchema).min(1),
    stages: z.array(sampleStageSchema).min(1),
    /** Questions that belong to no touchpoint: outcomes, comment, background variables. */
    questions: z.array(sampleQuestionSchema),
    /** The study's EPSI-style PLS model over its question codes (study/setPlsModel). */
    plsModel: plsModelSchema.optional(),
  })
  .superRefine((s, ctx) => {
    const seen = new Map<string, z.infer<typeof sampleQuestionSchema>>();
    for (const q of allSampleQuestions(s)) {
      const key = q.code.toLowerCase(); // codes are unique without regard to case in the store
      if (seen.has(key)) ctx.addIssue({ code: 'custom', message: `question code ${q.code} is used twice` });
      if (q.weighs !== undefined) {
        const target = seen.get(q.weighs.toLowerCase());
        if (q.role !== 'importance') {
          ctx.addIssue({
            code: 'custom',
            message: `${q.code} weighs a question but is not an importance question`,
          });
        } else if (!target || target.role !== 'performance') {
          ctx.addIssue({
            code: 'custom',
            message: `${q.code} weighs ${q.weighs}, which is not a performance question listed before it`,
          });
        }
      }
      if (q.scale.kind === 'range' && q.scale.min >= q.scale.max) {
        ctx.addIssue({ code: 'custom', message: `scale of ${q.code}: min must be below max` });
      }
      seen.set(key, q);
    }
    const codes = (xs: { code: string }[]) => new Set(xs.map((x) => x.code)).size === xs.length;
    if (!codes(s.stages)) ctx.addIssue({ code: 'custom', message: 'stage codes must be unique' });
    if (!codes(s.stages.flatMap((st) => st.touchpoints))) {
      ctx.addIssue({ code: 'custom', message: 'touchpoint codes must be unique' });
    }
    if (new Set(s.waves.map((w) => w.year)).size !== s.waves.length) {
      ctx.addIssue({ code: 'custom', message: 'each wave needs its own year' });
    }
  });

export type SampleStudy = z.infer<typeof sampleStudySchema>;
/** What the content file writes; defaults (empty label lists …) may be left out. */
export type SampleStudyInput = z.input<typeof sampleStudySchema>;
export type SampleQuestion = z.infer<typeof sampleQuestionSchema>;

/** Every question in questionnaire order: touchpoint questions first, then the study-level ones. */
export function allSampleQuestions<Q>(s: {
  stages: { touchpoints: { questions: Q[] }[] }[];
  questions: Q[];
}): Q[] {
  return [...s.stages.flatMap((st) => st.touchpoints.flatMap((t) => t.questions)), ...s.questions];
}
