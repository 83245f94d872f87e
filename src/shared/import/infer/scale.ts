import type { RangeScale } from '../../domain/questionnaire';
import type { Language } from '../../domain/language';
import { builtInLabelValue } from '../labels';
import { missingKindOfText } from '../missing';
import type { DecimalSeparator } from '../number';
import { parseNumber } from '../number';
import type { InferenceReason } from './reasons';
import { reason } from './reasons';

type MissingCode = RangeScale['missingCodes'][number];
export type DeclaredRange = { min: number; max: number; reason: InferenceReason };
/** The scale, why, and one reason per missing code ("99 = don't know"), none when it has none. */
export type ScaleInference = { scale: RangeScale; reason: InferenceReason; missing: InferenceReason[] };

const DASH = '[-–—]';
/** More distinct whole answers than any rating scale with its missing codes has. */
const MAX_RATING_ANSWERS = 30;

/**
 * The scale a header declares: "(1–5)", "(0-10)", "1-10", "på en skala fra 1 til 7", or labelled ends
 * "1 = Svært misfornøyd … 5 = Svært fornøyd" (numbers whose label is a don't-know are not ends).
 */
export function declaredRange(header: string): DeclaredRange | null {
  const paren = new RegExp(`\\(\\s*(\\d{1,2})\\s*${DASH}\\s*(\\d{1,2})\\s*\\)`).exec(header);
  const bare = new RegExp(`(?:^|[^\\d.,/])(\\d{1,2})\\s*${DASH}\\s*(\\d{1,2})(?![\\d.,/])`).exec(header);
  const words =
    /(?:scale|skala|skalaen)\s+(?:from|fra|frå|från)?\s*(\d{1,2})\s*(?:to|til|till|-|–)\s*(\d{1,2})/i.exec(
      header,
    );
  for (const m of [paren, words, bare]) {
    if (!m) continue;
    const min = Number(m[1]);
    const max = Number(m[2]);
    if ((min === 0 || min === 1) && max >= 3 && max <= 11)
      return { min, max, reason: reason('headerDeclares', { scale: m[0].trim() }) };
  }
  const ends = [...header.matchAll(/(\d{1,2})\s*=\s*([^=]*?)(?=\s*[,;/]?\s*\d{1,2}\s*=|$|[)\]])/g)]
    .filter((m) => missingKindOfText(m[2]!.trim() || 'x') === null)
    .map((m) => Number(m[1]));
  if (ends.length >= 2) {
    const min = Math.min(...ends);
    const max = Math.max(...ends);
    if ((min === 0 || min === 1) && max >= 3 && max <= 11)
      return { min, max, reason: reason('headerEnds', { min, max }) };
  }
  return null;
}

/** Codes the header labels as don't know / not applicable: "99 = Vet ikke", "(0 = Don't know)". */
export function headerMissingCodes(header: string): MissingCode[] {
  const out: MissingCode[] = [];
  for (const m of header.matchAll(/(\d{1,3})\s*=\s*([^=,;()\d]+)/g)) {
    const kind = missingKindOfText(m[2]!.trim());
    if (kind === 2) out.push({ value: Number(m[1]), kind: 'dontKnow' });
    if (kind === 3) out.push({ value: Number(m[1]), kind: 'notApplicable' });
  }
  return out;
}

/** The usual scale a set of whole answers fits: 0–10 when a 0 occurs, else 1–5, 1–7 or 1–10. */
function usualScale(hi: number, hasZero: boolean): { min: number; max: number } | null {
  if (hasZero) return hi <= 10 ? { min: 0, max: 10 } : null;
  if (hi <= 5) return { min: 1, max: 5 };
  if (hi <= 7) return { min: 1, max: 7 };
  if (hi <= 10) return { min: 1, max: 10 };
  return null;
}

const range = (min: number, max: number, labels: RangeScale['labels'], codes: MissingCode[]): RangeScale => ({
  kind: 'range',
  min,
  max,
  labels,
  missingCodes: codes.sort((a, b) => a.value - b.value),
});

/** One reason per missing code: its label (or value) and kind. */
export function describeCodes(codes: readonly MissingCode[]): InferenceReason[] {
  return codes.map((c) => {
    const t = c.texts ? Object.values(c.texts).find(Boolean) : undefined;
    return reason(c.kind === 'dontKnow' ? 'dontKnowCode' : 'notApplicableCode', {
      label: t ? `"${t}"` : String(c.value),
    });
  });
}

/**
 * The scale of a numeric rating column: declared by the header, else fixed by the question type (NPS
 * is 0–10), else the usual scale the answers fit. Never the lowest and highest answer given: a 1–10
 * item nobody scored 1 stays 1–10. Don't-know codes (99, 98; 9 on a 1–5 or 1–7 item; a code outside
 * the declared scale) become missing codes, never values.
 */
export function numericScale(
  header: string,
  nums: readonly number[],
  opts: { nps: boolean },
): ScaleInference | null {
  if (nums.length === 0 || !nums.every((n) => Number.isInteger(n) && n >= 0)) return null;
  const declared = declaredRange(header);
  const codes = headerMissingCodes(header);
  const isCode = (v: number) => codes.some((c) => c.value === v);
  const distinct = [...new Set(nums)].sort((a, b) => a - b);
  // A rating has a dozen or so distinct answers (0–10 and a code or two); an id or an amount is none.
  if (distinct.length > MAX_RATING_ANSWERS) return null;
  for (const v of distinct) {
    if (isCode(v)) continue;
    if (v === 99 || v === 999 || v === 9999) codes.push({ value: v, kind: 'dontKnow' });
    else if (v === 98 || v === 998) codes.push({ value: v, kind: 'notApplicable' });
  }
  let min: number;
  let max: number;
  let why: InferenceReason;
  if (declared) {
    ({ min, max } = declared);
    why = declared.reason;
    for (const v of distinct)
      if ((v < min || v > max) && !isCode(v) && (v === 0 || v === 9 || v >= 90))
        codes.push({ value: v, kind: 'dontKnow' });
  } else if (opts.nps) {
    min = 0;
    max = 10;
    why = reason('npsZeroToTen');
  } else {
    const rest = distinct.filter((v) => !isCode(v));
    if (rest.includes(9) && rest.every((v) => v <= 5 || v === 9) && rest.filter((v) => v <= 5).length >= 2) {
      codes.push({ value: 9, kind: 'dontKnow' });
    }
    const answers = rest.filter((v) => !isCode(v));
    // One distinct answer (a ticked box's 1) or only 0 and 1 (yes/no) is no rating scale unless the
    // header declares one.
    if (answers.length < 2 || answers.every((a) => a <= 1)) return null;
    const u = usualScale(Math.max(...answers), answers.includes(0));
    if (!u) return null;
    ({ min, max } = u);
    why = reason('usualScale', { hi: Math.max(...answers), min, max });
  }
  const scale = range(min, max, [], codes);
  return { scale, reason: why, missing: describeCodes(scale.missingCodes) };
}

/** A leading scale number as in `10 - Extremely likely` or `1 = Svært misfornøyd`. */
function leading(text: string): number | null {
  const m = /^\s*(\d{1,2})\s*(?:[-–—:=.)]|\s)\s*\S/.exec(text);
  return m ? Number(m[1]) : null;
}

/**
 * The scale of a column of answer labels: verbal five-point labels ("Svært fornøyd" … "Svært
 * misfornøyd") are 1–5 with the labels kept as the scale's points; "10 - Extremely likely" style
 * labels give their numbers. Don't-know and not-applicable labels become missing codes with their
 * text. Null when the labels are not a scale.
 */
export function labelledScale(
  header: string,
  answers: readonly string[],
  lang: Language,
  opts: { nps: boolean },
): ScaleInference | null {
  const real = answers.filter((a) => missingKindOfText(a) === null);
  const missing = answers.filter((a) => {
    const k = missingKindOfText(a);
    return k === 2 || k === 3;
  });
  if (real.length < 2) return null;
  const codes: MissingCode[] = [];
  let free = 99;
  for (const m of missing) {
    codes.push({
      value: free--,
      kind: missingKindOfText(m) === 2 ? 'dontKnow' : 'notApplicable',
      texts: { [lang]: m },
    });
  }
  const declared = declaredRange(header);
  const five = real.map((a) => builtInLabelValue(a, 1, 5));
  if (five.every((v) => v !== null) && (!declared || declared.max - declared.min === 4)) {
    const min = declared?.min ?? 1;
    const labels = real
      .map((a, i) => ({ value: min + five[i]! - 1, texts: { [lang]: a } }))
      .sort((a, b) => a.value - b.value);
    const lo = real[five.indexOf(Math.min(...(five as number[])))]!;
    const hi = real[five.indexOf(Math.max(...(five as number[])))]!;
    const scale = range(min, min + 4, labels, codes);
    return {
      scale,
      reason: reason('fiveLabels', { lo, hi }),
      missing: describeCodes(codes),
    };
  }
  const nums = real.map(leading);
  if (nums.every((v) => v !== null)) {
    const r = numericScale(header, nums as number[], opts);
    if (!r) return null;
    const scale = { ...r.scale, missingCodes: [...r.scale.missingCodes, ...codes] };
    return {
      scale,
      reason: declared
        ? r.reason
        : r.reason.code === 'npsZeroToTen'
          ? reason('numberedLabelsNps')
          : { ...r.reason, code: 'numberedLabelsUsual' },
      missing: describeCodes(scale.missingCodes),
    };
  }
  return null;
}

/** Whole numbers of a column's answers, or null when some answer is not a number. */
export function numbersOf(answers: readonly string[], decimal: DecimalSeparator): number[] | null {
  const out: number[] = [];
  for (const a of answers) {
    const n = parseNumber(a, decimal);
    if (n === null) return null;
    out.push(n);
  }
  return out;
}
