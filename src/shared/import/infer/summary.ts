import type { QuestionRole, QuestionType } from '../../domain/questionnaire';
import type { DraftQuestion } from '../plan';

/** One created question as the wizard and `touchpoint import --create-questions` show it. */
export type CreatedQuestionSummary = {
  code: string;
  columns: number[];
  text: string;
  type: QuestionType;
  role: QuestionRole;
  /** "1–5", "0–10", "3 options" or "none". */
  scale: string;
  min: number | null;
  max: number | null;
  touchpoint: string | null;
  weighs: string | null;
  /** "99 = don't know, …", or null. */
  missing: string | null;
  /** Why: role; scale; touchpoint; missing codes; what it weighs. */
  reason: string;
};

export function scaleText(q: Pick<DraftQuestion, 'scale'>): string {
  const s = q.scale;
  if (s.kind === 'range') return `${s.min}–${s.max}`;
  if (s.kind === 'choice') return `${s.options.length} options`;
  return 'none';
}

export function createdSummary(q: DraftQuestion): CreatedQuestionSummary {
  const i = q.inference;
  const reason = i
    ? [
        i.roleReason,
        i.scaleReason,
        i.touchpoint ? `touchpoint "${i.touchpoint.label}": ${i.touchpoint.reason}` : null,
        i.missingReason ? `missing codes: ${i.missingReason}` : null,
        i.weighsReason,
      ]
        .filter(Boolean)
        .join('; ')
    : 'created from the column';
  return {
    code: q.code,
    columns: q.fromColumns,
    text: Object.values(q.texts).find(Boolean) ?? q.code,
    type: q.type,
    role: q.role,
    scale: scaleText(q),
    min: q.scale.kind === 'range' ? q.scale.min : null,
    max: q.scale.kind === 'range' ? q.scale.max : null,
    touchpoint: i?.touchpoint?.label ?? null,
    weighs: q.weighsQuestionCode ?? null,
    missing: i?.missingReason ?? null,
    reason,
  };
}
