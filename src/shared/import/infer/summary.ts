import type { QuestionRole, QuestionType } from '../../domain/questionnaire';
import type { DraftQuestion } from '../plan';
import type { InferenceReason } from './reasons';
import { missingText, reason, reasonsText } from './reasons';

/** One created question as the wizard and `touchpoint import --create-questions` show it. */
export type CreatedQuestionSummary = {
  code: string;
  columns: number[];
  text: string;
  type: QuestionType;
  role: QuestionRole;
  /** "1–5", "0–10", "3 options" or "none" (English, for the CLI; the UI words it from `options`). */
  scale: string;
  /** How many answer options a choice scale has, else null. */
  options: number | null;
  min: number | null;
  max: number | null;
  touchpoint: string | null;
  weighs: string | null;
  /** "99 = don't know, …" in English, or null. */
  missing: string | null;
  /** The missing codes, one reason each, for the UI to word in its language. */
  missingCodes: InferenceReason[];
  /** Why, in English: role; scale; touchpoint; missing codes; what it weighs. */
  reason: string;
  /** The same reasons as codes with their words and numbers, for the UI to word in its language. */
  reasons: InferenceReason[];
};

export function scaleText(q: Pick<DraftQuestion, 'scale'>): string {
  const s = q.scale;
  if (s.kind === 'range') return `${s.min}–${s.max}`;
  if (s.kind === 'choice') return `${s.options.length} options`;
  return 'none';
}

/** The reasons of a created question in the order people read them. */
export function createdReasons(q: DraftQuestion): InferenceReason[] {
  const i = q.inference;
  if (!i) return [q.createdFrom ?? reason('createdFromColumn')];
  return [
    i.roleReason,
    i.scaleReason,
    ...(i.touchpoint ? [i.touchpoint.reason] : []),
    ...i.missingReasons,
    ...(i.weighsReason ? [i.weighsReason] : []),
  ];
}

export function createdSummary(q: DraftQuestion): CreatedQuestionSummary {
  const i = q.inference;
  const reasons = createdReasons(q);
  return {
    code: q.code,
    columns: q.fromColumns,
    text: Object.values(q.texts).find(Boolean) ?? q.code,
    type: q.type,
    role: q.role,
    scale: scaleText(q),
    options: q.scale.kind === 'choice' ? q.scale.options.length : null,
    min: q.scale.kind === 'range' ? q.scale.min : null,
    max: q.scale.kind === 'range' ? q.scale.max : null,
    touchpoint: i?.touchpoint?.label ?? null,
    weighs: q.weighsQuestionCode ?? null,
    missing: missingText(i?.missingReasons ?? []),
    missingCodes: i?.missingReasons ?? [],
    reason: reasonsText(reasons),
    reasons,
  };
}
