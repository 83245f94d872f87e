import { z } from 'zod';
import { MISSING } from '../domain/questionnaire';
import type { MissingKind, Question, RangeScale } from '../domain/questionnaire';
import { builtInLabelValue } from './labels';
import { missingKindOfText, normalizeLabel } from './missing';
import type { DecimalSeparator } from './number';
import { parseNumber } from './number';

/** What one source label becomes: a scale point, an option code, or a kind of missing. */
export const recodeTargetSchema = z.union([
  z.object({ value: z.number() }),
  z.object({ code: z.string().min(1) }),
  z.object({ missing: z.enum(['noAnswer', 'dontKnow', 'notApplicable']) }),
]);
export type RecodeTarget = z.infer<typeof recodeTargetSchema>;
/** Per-question recode table, keyed by the source text as found in the file. */
export const recodeTableSchema = z.record(z.string(), recodeTargetSchema);
export type RecodeTable = z.infer<typeof recodeTableSchema>;

export type Answer = { value: number | null; text: string | null; missing: MissingKind };
export type CellProblem = { code: 'OUT_OF_RANGE' | 'NOT_A_NUMBER' | 'UNKNOWN_LABEL'; message: string };
export type CellResult = { ok: true; answer: Answer } | { ok: false; problem: CellProblem };

export type RecodeOptions = {
  decimal: DecimalSeparator;
  /** Normalized label → target (built by `normalizeRecodes`). */
  recodes?: Map<string, RecodeTarget> | undefined;
  /** How a multiple-choice cell joins its answers (Google Forms ", ", Microsoft Forms ";"). */
  multiSeparator?: string | undefined;
};

const NO_ANSWER: Answer = { value: null, text: null, missing: MISSING.noAnswer };
const missingOf = (kind: MissingKind): Answer => ({ value: null, text: null, missing: kind });

export function normalizeRecodes(table: RecodeTable | undefined): Map<string, RecodeTarget> | undefined {
  if (!table) return undefined;
  const m = new Map<string, RecodeTarget>();
  for (const [k, v] of Object.entries(table)) m.set(normalizeLabel(k), v);
  return m;
}

function fromTarget(t: RecodeTarget): Answer {
  if ('value' in t) return { value: t.value, text: null, missing: MISSING.answered };
  if ('code' in t) return { value: numericCode(t.code), text: t.code, missing: MISSING.answered };
  return missingOf(MISSING[t.missing]);
}

function numericCode(code: string): number | null {
  return /^-?\d+(\.\d+)?$/.test(code) ? Number(code) : null;
}

/** A leading scale number as in `10 - Extremely likely`, `1 = Svært misfornøyd` or `5 (best)`. */
function leadingNumber(text: string): number | null {
  const m = /^\s*(-?\d+)\s*(?:[-–—:=.)]|\s)\s*\S/.exec(text);
  return m ? Number(m[1]) : null;
}

function rangeValue(raw: string, scale: RangeScale, opts: RecodeOptions): CellResult {
  const n = parseNumber(raw, opts.decimal);
  const labelled = n === null;
  let v = n;
  if (v === null) {
    const norm = normalizeLabel(raw);
    const own = scale.labels.find((l) => Object.values(l.texts).some((t) => t && normalizeLabel(t) === norm));
    if (own) v = own.value;
    else {
      const code = scale.missingCodes.find(
        (c) => c.texts && Object.values(c.texts).some((t) => t && normalizeLabel(t) === norm),
      );
      if (code) return { ok: true, answer: missingOf(MISSING[code.kind]) };
    }
    if (v === null) {
      const kind = missingKindOfText(raw);
      if (kind !== null) return { ok: true, answer: missingOf(kind) };
    }
    v ??= leadingNumber(raw) ?? builtInLabelValue(raw, scale.min, scale.max);
    if (v === null) {
      return {
        ok: false,
        problem: {
          code: 'UNKNOWN_LABEL',
          message: `"${raw}" is neither a number nor a known label of the scale ${scale.min}–${scale.max}`,
        },
      };
    }
  }
  const code = scale.missingCodes.find((c) => c.value === v);
  if (code) return { ok: true, answer: missingOf(MISSING[code.kind]) };
  if (v < scale.min || v > scale.max) {
    return {
      ok: false,
      problem: {
        code: 'OUT_OF_RANGE',
        message: `${labelled ? `"${raw}" (${v})` : raw} is outside the scale ${scale.min}–${scale.max}`,
      },
    };
  }
  return { ok: true, answer: { value: v, text: null, missing: MISSING.answered } };
}

function choiceValue(raw: string, q: Question, opts: RecodeOptions): CellResult {
  const text = raw.trim();
  if (q.scale.kind !== 'choice' || q.scale.options.length === 0) {
    const kind = missingKindOfText(text);
    if (kind !== null && kind !== MISSING.noAnswer) return { ok: true, answer: missingOf(kind) };
    return { ok: true, answer: { value: numericCode(text), text, missing: MISSING.answered } };
  }
  const options = q.scale.options;
  const find = (t: string) => {
    const n = normalizeLabel(t);
    return options.find(
      (o) => normalizeLabel(o.code) === n || Object.values(o.texts).some((x) => x && normalizeLabel(x) === n),
    );
  };
  if (q.type === 'multi') {
    const sep = opts.multiSeparator ?? ';';
    const parts = text
      .split(sep)
      .map((p) => p.trim())
      .filter((p) => p !== '');
    const codes: string[] = [];
    for (const p of parts) {
      const o = find(p);
      if (!o)
        return {
          ok: false,
          problem: { code: 'UNKNOWN_LABEL', message: `"${p}" is not an option of ${q.code}` },
        };
      codes.push(o.code);
    }
    return { ok: true, answer: { value: codes.length, text: codes.join(';'), missing: MISSING.answered } };
  }
  const o = find(text);
  if (o) return { ok: true, answer: { value: numericCode(o.code), text: o.code, missing: MISSING.answered } };
  const kind = missingKindOfText(text);
  if (kind !== null) return { ok: true, answer: missingOf(kind) };
  return {
    ok: false,
    problem: { code: 'UNKNOWN_LABEL', message: `"${text}" is not an option of ${q.code}` },
  };
}

/**
 * Converts one cell's text into the answer stored for `q`. Missing answers ("vet ikke", "N/A", scale
 * missing codes, blanks) become missing of their own kind, never a zero; what cannot be read is a
 * problem the validation report lists with its cell.
 */
export function recodeCell(raw: string, q: Question, opts: RecodeOptions): CellResult {
  if (raw.trim() === '') return { ok: true, answer: NO_ANSWER };
  const own = opts.recodes?.get(normalizeLabel(raw));
  if (own) return { ok: true, answer: fromTarget(own) };
  switch (q.type) {
    case 'rating':
    case 'nps': {
      const scale: RangeScale =
        q.scale.kind === 'range' ? q.scale : { kind: 'range', min: 0, max: 10, labels: [], missingCodes: [] };
      return rangeValue(raw, scale, opts);
    }
    case 'number': {
      const n = parseNumber(raw, opts.decimal);
      if (n !== null) return { ok: true, answer: { value: n, text: null, missing: MISSING.answered } };
      const kind = missingKindOfText(raw);
      if (kind !== null) return { ok: true, answer: missingOf(kind) };
      return { ok: false, problem: { code: 'NOT_A_NUMBER', message: `"${raw}" is not a number` } };
    }
    case 'single':
    case 'multi':
      return choiceValue(raw, q, opts);
    case 'text':
      return { ok: true, answer: { value: null, text: raw, missing: MISSING.answered } };
  }
}
