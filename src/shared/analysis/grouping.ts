/**
 * Background variables as groupings of respondents, and filters on them.
 */
import type { FilterRule } from './dashboard';
import { suppressOneWay } from './suppression';

export type GroupInfo = { code: string | null; label: string };

/** A background variable: its groups and each respondent's group position. */
export type Grouping = {
  code: string;
  label: string;
  /** Options in questionnaire order, then codes found in the data, then "no answer" (code null). */
  groups: GroupInfo[];
  /** Position in `groups` of each respondent. */
  index: Int32Array;
  /**
   * Groups left out of breakdown tables (a unit the consultant excluded): still in every total,
   * and hidden for anonymity like any other (./unit-rules.ts).
   */
  excluded?: boolean[] | undefined;
};

/**
 * Builds a grouping from each respondent's answer code (null = no answer). Respondents without an
 * answer form their own group, so that the groups add up to the total (which anonymity needs).
 */
export function groupingFromCodes(
  code: string,
  label: string,
  answers: readonly (string | null)[],
  options: readonly GroupInfo[] = [],
  noAnswerLabel = 'No answer',
): Grouping {
  const groups: GroupInfo[] = options.filter((o) => o.code !== null).map((o) => ({ ...o }));
  const pos = new Map<string, number>(groups.map((g, i) => [g.code!, i]));
  for (const a of answers) {
    if (a !== null && !pos.has(a)) {
      pos.set(a, groups.length);
      groups.push({ code: a, label: a });
    }
  }
  const none = groups.length;
  let anyMissing = false;
  const index = new Int32Array(answers.length);
  // The previous answer's position is reused: neighbours often share an answer.
  let last: string | null = null;
  let lastAt = none;
  for (let i = 0; i < index.length; i++) {
    const a = answers[i] ?? null;
    if (a === null) {
      anyMissing = true;
      index[i] = none;
    } else {
      if (a !== last) {
        last = a;
        lastAt = pos.get(a)!;
      }
      index[i] = lastAt;
    }
  }
  if (anyMissing) groups.push({ code: null, label: noAnswerLabel });
  return { code, label, groups, index };
}

/** Crosses two groupings: group r·C + c is row group r × column group c. */
export function crossGroupings(a: Grouping, b: Grouping): Int32Array {
  if (a.index.length !== b.index.length) throw new Error('crossGroupings: groupings have different lengths');
  const C = b.groups.length;
  const out = new Int32Array(a.index.length);
  for (let i = 0; i < out.length; i++) out[i] = a.index[i]! * C + b.index[i]!;
  return out;
}

export type FilterCheck =
  { allowed: true; n: number } | { allowed: false; n: number; reason: string; rule: FilterRule };

/**
 * Whether showing results for the respondents in `selected` groups (a live filter) could disclose a
 * group that the one-way breakdown of the same variable hides. With H the groups hidden by
 * `suppressOneWay` (respondent counts), both the selection and its complement must hold ≥ k
 * respondents (or none), and H ∩ selection and H ∖ selection must each be empty or two or more
 * non-empty groups with ≥ k together — otherwise a hidden group follows by subtraction from the
 * breakdown's shown groups (Hundepool et al. 2012, §4.4).
 */
export function checkFilter(
  counts: readonly number[],
  selected: ReadonlySet<number>,
  k: number,
  excluded?: readonly boolean[],
): FilterCheck {
  const n = counts.reduce((s, c, g) => s + (selected.has(g) ? c : 0), 0);
  const total = counts.reduce((s, c) => s + c, 0);
  if (n < k)
    return {
      allowed: false,
      n,
      reason: `the filter selects ${n < 1 ? 'no' : 'fewer than k'} respondents`,
      rule: 'filter-too-few',
    };
  if (total - n > 0 && total - n < k)
    return {
      allowed: false,
      n,
      reason: 'the respondents left out by the filter are fewer than k',
      rule: 'filter-rest-too-few',
    };
  const hidden = suppressOneWay(counts, k, { excluded }).groups;
  const safe = (inside: boolean): boolean => {
    const part = counts.filter((c, g) => hidden[g] !== null && c > 0 && selected.has(g) === inside);
    return part.length === 0 || (part.length >= 2 && part.reduce((s, c) => s + c, 0) >= k);
  };
  if (!safe(true) || !safe(false)) {
    return {
      allowed: false,
      n,
      reason: 'the filter would reveal a group hidden for anonymity',
      rule: 'filter-reveals-hidden',
    };
  }
  return { allowed: true, n };
}

/** Keeps the rows where `keep` is 1 (a filter applied to a column). */
export function subsetFloat(x: Float64Array, keep: Uint8Array, n: number): Float64Array {
  const out = new Float64Array(n);
  let j = 0;
  for (let i = 0; i < x.length; i++) if (keep[i]) out[j++] = x[i]!;
  return out;
}

export function subsetBytes(x: Uint8Array, keep: Uint8Array, n: number): Uint8Array {
  const out = new Uint8Array(n);
  let j = 0;
  for (let i = 0; i < x.length; i++) if (keep[i]) out[j++] = x[i]!;
  return out;
}

export function subsetArray<T>(x: readonly T[], keep: Uint8Array): T[] {
  return x.filter((_, i) => keep[i] === 1);
}

/**
 * The values at `rows` (ascending positions of the kept respondents): a filter applied to a column
 * in one pass over the kept rows only, without a branch per respondent.
 */
export function gatherFloat(x: Float64Array, rows: Int32Array): Float64Array {
  const out = new Float64Array(rows.length);
  for (let j = 0; j < rows.length; j++) out[j] = x[rows[j]!]!;
  return out;
}

export function gatherBytes(x: Uint8Array, rows: Int32Array): Uint8Array {
  const out = new Uint8Array(rows.length);
  for (let j = 0; j < rows.length; j++) out[j] = x[rows[j]!]!;
  return out;
}

export function gatherArray<T>(x: readonly T[], rows: Int32Array): T[] {
  const out = new Array<T>(rows.length);
  for (let j = 0; j < rows.length; j++) out[j] = x[rows[j]!]!;
  return out;
}
