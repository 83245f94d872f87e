import type { QuestionRole, QuestionType, Scale } from '../domain/questionnaire';
import { builtInLabelValue } from './labels';
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

const RECOMMEND = /recommend|anbefal|empfehlen|nps/i;
const MAX_OPTIONS = 30;

function counts(values: Iterable<string>): Map<string, number> {
  const m = new Map<string, number>();
  for (const raw of values) {
    const v = raw.trim();
    if (v !== '') m.set(v, (m.get(v) ?? 0) + 1);
  }
  return m;
}

/** The 0–10, 1–5, 1–7 or 1–10 scale integer answers fit in, or null for other numbers. */
function rangeOf(nums: number[]): { min: number; max: number } | null {
  if (nums.length === 0 || !nums.every(Number.isInteger)) return null;
  // A loop, not Math.min(...nums): spreading a million values overflows the call stack.
  let lo = Infinity;
  let hi = -Infinity;
  for (const n of nums) {
    if (n < lo) lo = n;
    if (n > hi) hi = n;
  }
  if (lo < 0) return null;
  if (lo === 0 && hi <= 10) return { min: 0, max: 10 };
  if (hi <= 5) return { min: 1, max: 5 };
  if (hi <= 7) return { min: 1, max: 7 };
  if (hi <= 10) return { min: 1, max: 10 };
  return null;
}

export type ColumnFacts = Pick<InferredColumn, 'nonEmpty' | 'distinct' | 'sample'>;

/** How many answers a column has, how many distinct, and the most frequent ones (for inspect and preview). */
export function columnFacts(values: readonly string[], sampleSize = 8): ColumnFacts {
  return factsOf(counts(values), sampleSize);
}

function factsOf(c: Map<string, number>, sampleSize: number): ColumnFacts {
  const nonEmpty = [...c.values()].reduce((a, b) => a + b, 0);
  const sample = [...c.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, sampleSize)
    .map(([v]) => v);
  return { nonEmpty, distinct: c.size, sample };
}

/**
 * The first look at a column of answers, under `inferQuestion` (./infer/question), which decides the
 * scale, missing codes and role of a created question and is what inspect, preview and import use:
 * numbers on a usual scale → rating (NPS when 0–10 and the text says recommend), five-point verbal
 * labels → rating 1–5, few distinct texts → single choice (multi when the tool joins answers in one
 * cell), long or many texts → comment.
 */
export function inferColumn(
  header: string,
  values: readonly string[],
  opts: { decimal: DecimalSeparator; multiSeparator?: string | null | undefined; sampleSize?: number },
): InferredColumn {
  const c = counts(values);
  const { nonEmpty, sample } = factsOf(c, opts.sampleSize ?? 8);
  const answers = [...c.keys()].filter((v) => missingKindOfText(v) === null);
  const base = { nonEmpty, distinct: c.size, sample };
  const none: Scale = { kind: 'none' };
  if (answers.length === 0) return { ...base, type: 'text', role: 'comment', scale: none };
  const nums = answers.map((v) => parseNumber(v, opts.decimal));
  if (nums.every((n) => n !== null)) {
    const r = rangeOf(nums as number[]);
    if (r && r.min === 0 && r.max === 10 && RECOMMEND.test(header)) {
      return {
        ...base,
        type: 'nps',
        role: 'outcome-recommend',
        scale: { kind: 'range', ...r, labels: [], missingCodes: [] },
      };
    }
    if (r && c.size <= r.max - r.min + 1 + 2) {
      return {
        ...base,
        type: 'rating',
        role: 'other',
        scale: { kind: 'range', ...r, labels: [], missingCodes: [] },
      };
    }
    return { ...base, type: 'number', role: 'other', scale: none };
  }
  const labelled = answers.map((v) => builtInLabelValue(v, 1, 5));
  if (labelled.every((v) => v !== null) && answers.length >= 2) {
    return {
      ...base,
      type: 'rating',
      role: 'other',
      scale: { kind: 'range', min: 1, max: 5, labels: [], missingCodes: [] },
    };
  }
  const leading = answers.map((v) => /^\s*(\d+)\s*[-–:=]/.exec(v)?.[1]);
  if (leading.every((v) => v !== undefined)) {
    const r = rangeOf(leading.map(Number));
    if (r) {
      const type = r.min === 0 && r.max === 10 && RECOMMEND.test(header) ? 'nps' : 'rating';
      return {
        ...base,
        type,
        role: type === 'nps' ? 'outcome-recommend' : 'other',
        scale: { kind: 'range', ...r, labels: [], missingCodes: [] },
      };
    }
  }
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
