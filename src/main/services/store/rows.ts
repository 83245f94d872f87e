import type { Branding, Question, Stage, StudyMeta, Touchpoint } from '../../../shared/domain/index';
import { brandingSchema, scaleSchema, textsSchema } from '../../../shared/domain/index';
import type { Language } from '../../../shared/domain/language';

// Row mapping in one place: snake_case columns in, camelCase domain objects out.

export type StudyRow = {
  client: string;
  title: string;
  languages: string;
  anonymity_k: number;
  branding: string;
  created_at: string;
  updated_at: string;
};
export type StageRow = { id: number; code: string; position: number; texts: string };
export type TouchpointRow = StageRow & { stage_id: number };
export type QuestionRow = {
  id: number;
  code: string;
  touchpoint_id: number | null;
  position: number;
  type: string;
  role: string;
  scale: string;
  texts: string;
  weighs_question_id: number | null;
};

export function toStudyMeta(r: StudyRow): StudyMeta {
  const branding: Branding = brandingSchema.parse(JSON.parse(r.branding));
  return {
    client: r.client,
    title: r.title,
    languages: JSON.parse(r.languages) as Language[],
    anonymityK: r.anonymity_k,
    branding,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export function toStage(r: StageRow): Stage {
  return { id: r.id, code: r.code, position: r.position, texts: textsSchema.parse(JSON.parse(r.texts)) };
}

export function toTouchpoint(r: TouchpointRow): Touchpoint {
  return { ...toStage(r), stageId: r.stage_id };
}

export function toQuestion(r: QuestionRow): Question {
  return {
    id: r.id,
    code: r.code,
    touchpointId: r.touchpoint_id,
    position: r.position,
    type: r.type as Question['type'],
    role: r.role as Question['role'],
    scale: scaleSchema.parse(JSON.parse(r.scale)),
    texts: textsSchema.parse(JSON.parse(r.texts)),
    weighsQuestionId: r.weighs_question_id,
  };
}
