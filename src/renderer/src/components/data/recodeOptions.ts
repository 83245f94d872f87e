import type { ImportPreview, RecodeProposal } from '../../../../shared/api/import';
import type { Question } from '../../../../shared/domain/questionnaire';
import type { RecodeTarget } from '../../../../shared/import/recode';

export const MISSING_KINDS = ['noAnswer', 'dontKnow', 'notApplicable'] as const;
export const UNSET = '__unset';

/** A recode target as a select value: `v:3`, `c:CODE`, `m:dontKnow`. */
export function targetKey(t: RecodeTarget | null): string {
  if (!t) return UNSET;
  if ('value' in t) return `v:${t.value}`;
  if ('code' in t) return `c:${t.code}`;
  return `m:${t.missing}`;
}

export function keyTarget(key: string): RecodeTarget | null {
  const rest = key.slice(2);
  if (key.startsWith('v:')) return { value: Number(rest) };
  if (key.startsWith('c:')) return { code: rest };
  const kind = MISSING_KINDS.find((k) => k === rest);
  return key.startsWith('m:') && kind ? { missing: kind } : null;
}

export type TargetChoice = {
  key: string;
  value: string;
  code: string | null;
  missing: (typeof MISSING_KINDS)[number] | null;
};

/**
 * The scale points a label can become: the question's own range or options; for a question the import
 * would create, the points proposed so far and 0–10 for a rating.
 */
export function targetsFor(
  proposal: RecodeProposal,
  questions: Question[],
  preview: ImportPreview,
): { values: number[]; codes: string[] } {
  const q = questions.find((x) => x.code === proposal.questionCode);
  const scale = q?.scale;
  if (scale?.kind === 'range') {
    return { values: Array.from({ length: scale.max - scale.min + 1 }, (_, i) => scale.min + i), codes: [] };
  }
  if (scale?.kind === 'choice') return { values: [], codes: scale.options.map((o) => o.code) };
  const values = new Set<number>();
  const codes = new Set<string>();
  for (const v of proposal.values) {
    if (v.target && 'value' in v.target) values.add(v.target.value);
    if (v.target && 'code' in v.target) codes.add(v.target.code);
  }
  const created = preview.newQuestions.find((n) => n.code === proposal.questionCode);
  if (created && (created.type === 'rating' || created.type === 'nps') && values.size === 0) {
    for (let i = 0; i <= 10; i++) values.add(i);
  }
  return { values: [...values].sort((a, b) => a - b), codes: [...codes].sort() };
}
