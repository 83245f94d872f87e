/**
 * Dates written as text, read to ISO: the rule a whole column follows, found from its values, so
 * 03.04.2024 is 3 April everywhere in the column (never a mix of guesses).
 */
export const DATE_RULES = ['dd.mm.yyyy', 'dd-mm-yyyy', 'dd/mm/yyyy', 'mm/dd/yyyy'] as const;
export type DateRule = (typeof DATE_RULES)[number];

const PATTERN: Record<DateRule, RegExp> = {
  'dd.mm.yyyy': /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/,
  'dd-mm-yyyy': /^(\d{1,2})-(\d{1,2})-(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/,
  'dd/mm/yyyy': /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/,
  'mm/dd/yyyy': /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/,
};

const pad = (s: string) => s.padStart(2, '0');

/** A value by a rule, as ISO (`2024-04-03`, `2024-04-03 14:12:00`), or null when it is no such date. */
export function toIsoDate(v: string, rule: DateRule): string | null {
  const m = PATTERN[rule].exec(v.trim());
  if (!m) return null;
  const [a, b, y] = [Number(m[1]), Number(m[2]), m[3]!];
  const [day, month] = rule === 'mm/dd/yyyy' ? [b, a] : [a, b];
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const date = `${y}-${pad(String(month))}-${pad(String(day))}`;
  if (m[4] === undefined) return date;
  return `${date} ${pad(m[4])}:${m[5]}:${m[6] ?? '00'}`;
}

/**
 * The rule a column of text dates follows: every non-empty value a date by it (and at least two).
 * Day and month with "/" are told apart by a value only one reading allows (25/12 or 12/25); when
 * none does, the column is left as it is rather than guessed.
 */
export function dateRuleOf(values: readonly string[]): DateRule | null {
  const sample: string[] = [];
  for (const v of values) {
    const t = v.trim();
    if (t !== '') sample.push(t);
    if (sample.length >= 500) break;
  }
  if (sample.length < 2) return null;
  const fits = (r: DateRule) => sample.every((v) => toIsoDate(v, r) !== null);
  if (fits('dd.mm.yyyy')) return 'dd.mm.yyyy';
  if (fits('dd-mm-yyyy')) return 'dd-mm-yyyy';
  const dmy = fits('dd/mm/yyyy');
  const mdy = fits('mm/dd/yyyy');
  if (dmy && !mdy) return 'dd/mm/yyyy';
  if (mdy && !dmy) return 'mm/dd/yyyy';
  return null;
}
