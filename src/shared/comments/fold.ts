/**
 * Text folding for comment search and coding: case-, accent- and Nordic-letter-insensitive, so
 * "Ventetid", "ventetíd" and "VENTETID" match, and "kø" matches "ko" (a keyboard without ø).
 * Folding is for matching only; comments are always shown as written.
 */

const NORDIC: Record<string, string> = { ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', đ: 'd', ł: 'l', þ: 'th' };

/** Lower case, accents removed (NFD, combining marks dropped), ø → o, æ → ae. */
export function fold(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[øæœßđłþ]/g, (c) => NORDIC[c] ?? c);
}

/** A word of a comment: its folded form and where it stands in the original text. */
export type Token = { word: string; start: number; end: number };

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/** The words of a text (letters and digits; inner apostrophes and hyphens kept), folded. */
export function tokens(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    out.push({ word: fold(m[0]), start: m.index, end: m.index + m[0].length });
  }
  return out;
}
