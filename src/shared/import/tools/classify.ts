import type { ColumnKind } from '../table';
import type { ClassifiedKind, ToolAdapter } from './types';
import {
  COMMON_BOOKKEEPING,
  ID_NAMES,
  PERSONAL_WORDS,
  WEIGHT_NAMES,
  matchesRule,
  namedReason,
} from './words';

const lc = (s: string | null | undefined) => (s ?? '').trim().toLowerCase();

/**
 * The names a column goes by, lowercased: each as given, LimeSurvey's "code. text" headings by both
 * parts, and a grouped field (`group/question`, `group.question`, ODK's `group-question`) by its last part.
 */
export function columnNames(...names: (string | null | undefined)[]): string[] {
  const out: string[] = [];
  for (const raw of names) {
    const n = lc(raw);
    if (n === '') continue;
    out.push(n);
    const m = /^([a-z][\w]*(?:\[[\w]+\])?)\.\s+(.+)$/s.exec(n);
    if (m) out.push(m[1]!, m[2]!);
    const last = n.split('/').pop()!;
    if (last !== n && last !== '') out.push(last);
  }
  return out;
}

/**
 * Kind of a column from its names and the tool's declarations: respondent id, weight, personal
 * data, bookkeeping, else an answer. An id name wins over the others, so Qualtrics' `V1` /
 * `ResponseID` pair is the respondent id.
 */
export function classifyNames(adapter: ToolAdapter | null, names: readonly string[]): ClassifiedKind {
  const ids = [...(adapter?.ids ?? []), ...ID_NAMES];
  if (names.some((n) => matchesRule(n, ids))) return { kind: 'id', reason: 'respondentId' };
  if (adapter?.respondentWeight !== false && names.some((n) => matchesRule(n, WEIGHT_NAMES)))
    return { kind: 'weight', reason: 'weight' };
  for (const n of names) {
    const why = namedReason(n, adapter?.personal) ?? namedReason(n, PERSONAL_WORDS);
    if (why) return { kind: 'personal', reason: why };
  }
  for (const n of names) {
    const why = namedReason(n, adapter?.bookkeeping) ?? namedReason(n, COMMON_BOOKKEEPING);
    if (why) return { kind: 'meta', reason: why };
  }
  return { kind: 'answer', reason: null };
}

/** Kind of a column from the names it goes by (field id, text, the tool's internal id), with no tool known. */
export function columnKind(...names: (string | null | undefined)[]): ColumnKind {
  return classifyNames(null, columnNames(...names)).kind;
}
