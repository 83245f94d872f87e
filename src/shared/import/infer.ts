import type { QuestionRole, QuestionType, Scale } from '../domain/questionnaire';
import { missingKindOfText } from './missing';
import type { DecimalSeparator } from './number';
import { parseNumber } from './number';

export type InferredColumn = {
  type: QuestionType;
  role: QuestionRole;
  scale: Scale;
  nonEmpty: number;
  distinct: number;
  /** Up to `sampleSize` distinct values, most frequent first. */
  sample: string[];
};

const MAX_OPTIONS = 30;

function counts(values: Iterable<string>): Map<string, number> {
  const m = new Map<string, number>();
  for (const raw of values) {
    const v = raw.trim();
    if (v !== '') m.set(v, (m.get(v) ?? 0) + 1);
  }
  return m;
}

/**
 * A column's answers as counts: each trimmed non-empty text with how often it occurs, in the order
 * first seen. What the inference reads; a large file's columns are counted in one pass over the rows
 * (see column-values.ts `columnCounts`) instead of being copied out cell by cell.
 */
export type ValueCounts = ReadonlyMap<string, number>;

/** The counts of a column's values, given as the values or already counted. */
export function countsOf(values: readonly string[] | ValueCounts): ValueCounts {
  return Array.isArray(values) ? counts(values as readonly string[]) : (values as ValueCounts);
}

export type ColumnFacts = Pick<InferredColumn, 'nonEmpty' | 'distinct' | 'sample'>;

/** How many answers a column has, how many distinct, and the most frequent ones (for inspect and preview). */
export function columnFacts(values: readonly string[], sampleSize = 8): ColumnFacts {
  return factsOf(counts(values), sampleSize);
}

function factsOf(c: ValueCounts, sampleSize: number): ColumnFacts {
  const nonEmpty = [...c.values()].reduce((a, b) => a + b, 0);
  const sample = [...c.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, sampleSize)
    .map(([v]) => v);
  return { nonEmpty, distinct: c.size, sample };
}

/**
 * The first look at a column of answers for what is not a rating: numbers → number, few distinct
 * texts → single choice (multi when the tool joins answers in one cell), long or many texts → comment.
 * Ratings, NPS, their scales and missing codes are inferQuestion's (./infer/question), which runs
 * first and is what import, preview and inspect use; it falls back on this for the rest.
 */
export function inferColumn(
  values: readonly string[] | ValueCounts,
  opts: { decimal: DecimalSeparator; multiSeparator?: string | null | undefined; sampleSize?: number },
): InferredColumn {
  const c = countsOf(values);
  const { nonEmpty, sample } = factsOf(c, opts.sampleSize ?? 8);
  const answers = [...c.keys()].filter((v) => missingKindOfText(v) === null);
  const base = { nonEmpty, distinct: c.size, sample };
  const none: Scale = { kind: 'none' };
  if (answers.length === 0) return { ...base, type: 'text', role: 'comment', scale: none };
  // Numbers: whether they are a rating, on which scale and with which missing codes is for
  // inferQuestion to say (never from the lowest and highest answer); here they are numbers.
  if (answers.every((v) => parseNumber(v, opts.decimal) !== null))
    return { ...base, type: 'number', role: 'other', scale: none };
  const sep = opts.multiSeparator;
  if (sep) {
    const parts = counts(answers.flatMap((v) => v.split(sep)));
    const joined = answers.some((v) => v.includes(sep));
    if (
      joined &&
      parts.size <= MAX_OPTIONS &&
      [...parts.values()].filter((n) => n >= 2).length >= parts.size / 2
    ) {
      const options = [...parts.keys()].map((p) => ({ code: p.trim(), texts: { en: p.trim() } }));
      return { ...base, type: 'multi', role: 'other', scale: { kind: 'choice', options } };
    }
  }
  let longest = 0;
  for (const v of answers) if (v.length > longest) longest = v.length;
  const repeated = nonEmpty >= 2 * answers.length || answers.length <= 3;
  if (answers.length <= MAX_OPTIONS && longest <= 80 && repeated) {
    const options = answers.map((a) => ({ code: a, texts: { en: a } }));
    return { ...base, type: 'single', role: 'segment', scale: { kind: 'choice', options } };
  }
  return { ...base, type: 'text', role: 'comment', scale: none };
}
