/**
 * The open answers (comments) of a filtered group for the dashboard's comments panel. Every text
 * passes through maskPersonalData before it leaves (and before a search looks at it, so a search for
 * an address finds nothing); the group the comments come from — the live filter, the unit, the NPS
 * group — must hold at least k respondents, or no comment is quoted at all.
 */
import { maskPersonalData } from '../privacy/mask';
import type { Suppressed } from './dashboard';
import { suppressedCell } from './breakdown';

export type NpsGroup = 'promoter' | 'passive' | 'detractor';

export type CommentsSpec = {
  /** One open question; default every one. */
  question?: string | undefined;
  npsGroup?: NpsGroup | undefined;
  search?: string | undefined;
  offset: number;
  limit: number;
};

export type CommentRow = {
  question: string;
  text: string;
  /** The respondent's NPS group, when the study asks NPS and the respondent answered it. */
  npsGroup: NpsGroup | null;
  /** How many personal details were masked in the text. */
  masked: number;
};

export type CommentsResult = {
  /** The study's open questions with how many comments each has in the group (before the search). */
  questions: { code: string; text: string; count: number }[];
  /** Respondents in the group the comments come from. */
  groupN: number;
  /** Comments matching the search, over every page. */
  total: number;
  offset: number;
  comments: CommentRow[];
};

export type CommentSource = {
  k: number;
  /** The open questions' texts, aligned on the (filtered) respondents. */
  questions: { code: string; text: string; answers: readonly (string | null)[] }[];
  /** NPS answers (0–10) aligned on the same respondents; null when the study asks none. */
  nps: { values: Float64Array; missing: Uint8Array } | null;
  respondents: number;
};

/** Lower case without diacritics (é → e, å → a), with ø, æ, œ and ß spelled out: the search's folding. */
export function foldText(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ø/g, 'o')
    .replace(/æ/g, 'ae')
    .replace(/œ/g, 'oe')
    .replace(/ß/g, 'ss')
    .replace(/[đð]/g, 'd')
    .replace(/ł/g, 'l');
}

export function npsGroupOf(score: number): NpsGroup {
  return score >= 9 ? 'promoter' : score >= 7 ? 'passive' : 'detractor';
}

export function listComments(src: CommentSource, spec: CommentsSpec): CommentsResult | Suppressed {
  const n = src.respondents;
  const group = new Array<NpsGroup | null>(n).fill(null);
  if (src.nps) {
    for (let i = 0; i < n; i++) {
      const v = src.nps.values[i]!;
      if (src.nps.missing[i] === 0 && Number.isFinite(v)) group[i] = npsGroupOf(v);
    }
  }
  let groupN = n;
  if (spec.npsGroup) groupN = group.reduce((c, g) => c + (g === spec.npsGroup ? 1 : 0), 0);
  if (groupN < src.k) return suppressedCell(src.k, 'below-k');
  const needle = spec.search ? foldText(spec.search.trim()) : '';
  const questions: CommentsResult['questions'] = [];
  const matches: CommentRow[] = [];
  for (const q of src.questions) {
    let count = 0;
    const wanted = !spec.question || spec.question.toLowerCase() === q.code.toLowerCase();
    for (let i = 0; i < n; i++) {
      const raw = q.answers[i];
      if (raw === null || raw === undefined || raw.trim() === '') continue;
      if (spec.npsGroup && group[i] !== spec.npsGroup) continue;
      count++;
      if (!wanted) continue;
      const m = maskPersonalData(raw.trim());
      if (needle && !foldText(m.text).includes(needle)) continue;
      matches.push({ question: q.code, text: m.text, npsGroup: group[i]!, masked: m.hits.length });
    }
    questions.push({ code: q.code, text: q.text, count });
  }
  return {
    questions,
    groupN,
    total: matches.length,
    offset: spec.offset,
    comments: matches.slice(spec.offset, spec.offset + spec.limit),
  };
}
