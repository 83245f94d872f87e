import type { Language } from './domain/language';

/**
 * Locale-aware number formatting shared by the UI, the charts and the PDF, so a number reads the same
 * everywhere: Norwegian and Danish use a decimal comma and a (narrow) space or dot for thousands.
 */

const LOCALES: Record<Language, string> = { en: 'en-GB', nb: 'nb-NO', da: 'da-DK' };

/** What a missing or undefined number prints as (an en dash, never "NaN"). */
export const NO_VALUE = '–';

export function localeOf(lang: Language): string {
  return LOCALES[lang];
}

// Intl.NumberFormat construction is slow compared with format(); charts format hundreds of ticks.
const cache = new Map<string, Intl.NumberFormat>();

function formatter(
  lang: Language,
  digits: number,
  style: 'decimal' | 'percent',
  signed: boolean,
): Intl.NumberFormat {
  const key = `${lang}|${digits}|${style}|${signed ? 1 : 0}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(LOCALES[lang], {
      style,
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
      signDisplay: signed ? 'exceptZero' : 'auto',
    });
    cache.set(key, f);
  }
  return f;
}

/** `x` with exactly `digits` decimals in the language's convention (nb: "1 234,5"). */
export function formatNumber(x: number, lang: Language, digits = 0): string {
  if (!Number.isFinite(x)) return NO_VALUE;
  return formatter(lang, digits, 'decimal', false).format(x);
}

/** A share (0–1) as a percentage: en "46%", nb/da "46 %". */
export function formatPercent(share: number, lang: Language, digits = 0): string {
  if (!Number.isFinite(share)) return NO_VALUE;
  return formatter(lang, digits, 'percent', false).format(share);
}

/** A change or score with an explicit sign ("+12", "−3", "0"), as NPS and differences are read. */
export function formatSigned(x: number, lang: Language, digits = 0): string {
  if (!Number.isFinite(x)) return NO_VALUE;
  return formatter(lang, digits, 'decimal', true).format(x);
}

/** "±6.1" / "±6,1": a margin of error. */
export function formatMargin(x: number, lang: Language, digits = 1): string {
  if (!Number.isFinite(x)) return NO_VALUE;
  return `±${formatNumber(Math.abs(x), lang, digits)}`;
}
