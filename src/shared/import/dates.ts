/**
 * Dates written as text, read to ISO: the rule a whole column follows, found from its values, so
 * 03.04.2024 is 3 April everywhere in the column (never a mix of guesses).
 */
export const DATE_RULES = [
  'dd.mm.yyyy',
  'dd-mm-yyyy',
  'dd/mm/yyyy',
  'mm/dd/yyyy',
  'yyyy-mm-dd',
  'excel serial',
] as const;
export type DateRule = (typeof DATE_RULES)[number];

type TextRule = Exclude<DateRule, 'yyyy-mm-dd' | 'excel serial'>;

const PATTERN: Record<TextRule, RegExp> = {
  'dd.mm.yyyy': /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/,
  'dd-mm-yyyy': /^(\d{1,2})-(\d{1,2})-(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/,
  'dd/mm/yyyy': /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/,
  'mm/dd/yyyy': /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/,
};

const pad = (s: string) => s.padStart(2, '0');

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

/**
 * Excel's day numbers (1900 date system, as every xlsx the tools write): day 25569 is 1970-01-01, and
 * the fraction is the time of day. Serials from 1 (1900-01-01) up to 2958465 (9999-12-31); Excel's
 * phantom 29 February 1900 (serial 60) is no date.
 */
function fromExcelSerial(v: string): string | null {
  if (!/^\d+(?:\.\d+)?$/.test(v)) return null;
  const n = Number(v);
  if (!(n >= 1 && n < 2958466) || Math.floor(n) === 60) return null;
  const days = Math.floor(n) < 60 ? n - 25568 : n - 25569;
  const ms = Math.round(days * 86400) * 1000;
  const iso = new Date(ms).toISOString();
  const date = iso.slice(0, 10);
  const time = iso.slice(11, 19);
  return n === Math.floor(n) ? date : `${date} ${time}`;
}

/** A value by a rule, as ISO (`2024-04-03`, `2024-04-03 14:12:00`), or null when it is no such date. */
export function toIsoDate(v: string, rule: DateRule): string | null {
  if (rule === 'excel serial') return fromExcelSerial(v.trim());
  if (rule === 'yyyy-mm-dd') {
    const m = ISO.exec(v.trim());
    if (!m) return null;
    const [month, day] = [Number(m[2]), Number(m[3])];
    if (month < 1 || month > 12 || day < 1 || day > 31) return null;
    const date = `${m[1]}-${pad(m[2]!)}-${pad(m[3]!)}`;
    return m[4] === undefined ? date : `${date} ${pad(m[4])}:${m[5]}:${m[6] ?? '00'}`;
  }
  const m = PATTERN[rule].exec(v.trim());
  if (!m) return null;
  const [a, b, y] = [Number(m[1]), Number(m[2]), m[3]!];
  const [day, month] = rule === 'mm/dd/yyyy' ? [b, a] : [a, b];
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const date = `${y}-${pad(String(month))}-${pad(String(day))}`;
  if (m[4] === undefined) return date;
  return `${date} ${pad(m[4])}:${m[5]}:${m[6] ?? '00'}`;
}

/** The first (up to 500) non-empty values of a column, trimmed: what its rule is found from. */
function sampleOf(values: readonly string[]): string[] {
  const sample: string[] = [];
  for (const v of values) {
    const t = v.trim();
    if (t !== '') sample.push(t);
    if (sample.length >= 500) break;
  }
  return sample;
}

/** The text rules a date column can be read by (ISO needs no reading, serials are found by header). */
const TEXT_RULES: readonly TextRule[] = ['dd.mm.yyyy', 'dd-mm-yyyy', 'dd/mm/yyyy', 'mm/dd/yyyy'];

/**
 * Every rule a column of text dates fits: every non-empty value a date by it (and at least two).
 * Two when day and month with "/" cannot be told apart (03/04/2025 and 11/12/2025 fit both
 * dd/mm/yyyy and mm/dd/yyyy): the consultant chooses.
 */
export function dateRulesOf(values: readonly string[]): DateRule[] {
  const sample = sampleOf(values);
  if (sample.length < 2) return [];
  return TEXT_RULES.filter((r) => sample.every((v) => toIsoDate(v, r) !== null));
}

/**
 * The rule a column of text dates follows: the one rule it fits. Day and month with "/" are told
 * apart by a value only one reading allows (25/12 or 12/25); when none does, the column is left as
 * it is rather than guessed.
 */
export function dateRuleOf(values: readonly string[]): DateRule | null {
  const rules = dateRulesOf(values);
  return rules.length === 1 ? rules[0]! : null;
}

/**
 * Header words of a date or time column (en, nb, da, sv): a column of plain numbers under such a
 * header is Excel's day numbers written without a date format.
 */
const DATE_HEADER =
  /(?:^|[\s_./-])(?:date|dates|datetime|timestamp|submitted|submitdate|started|completed|recorded|dato|datum|tidspunkt|tidpunkt|tidsstempel|tidsstämpel|innsendt|indsendt|besvart|besvaret)(?:$|[\s_./:-])|^(?:date|dato|datum|tidspunkt)/i;

/** Whether a header names a date (Date, Submitted, Dato, Tidspunkt, StartDate, end_date). */
export const isDateHeader = (header: string): boolean =>
  DATE_HEADER.test(header.trim()) || /[a-z](?:Date|Dato|Datum|Tidspunkt)$/.test(header.trim());

/**
 * A column of plain numbers read as Excel serial dates: every non-empty value a serial between
 * 1 January 1950 (18264) and 31 December 2100 (73415), at least two of them.
 */
export function isExcelSerialColumn(values: readonly string[]): boolean {
  let n = 0;
  for (const v of values) {
    const t = v.trim();
    if (t === '') continue;
    if (!/^\d+(?:\.\d+)?$/.test(t)) return false;
    const x = Number(t);
    if (x < 18264 || x > 73415) return false;
    n++;
  }
  return n >= 2;
}
