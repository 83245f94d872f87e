import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { TextRun } from './font-coverage';
import type { FontCoverage } from './fonts';
import { glyphRuns } from './font-coverage';

/** Break opportunity pdfmake's line breaker honours and that prints nothing. */
export const ZWSP = '\u200b';
/** A word longer than this gets break opportunities: a URL must not push its column off the page. */
const LONG_WORD = 22;
const CHUNK = 12;

/**
 * Lets a long unbreakable word (a URL, a file path, a code) wrap: a break opportunity after each
 * `/ ? & = . _ -` in it and at least every 12 characters. Short words are left alone.
 */
export function breakLongWords(text: string): string {
  return text.replace(/\S+/gu, (word) => {
    if ([...word].length <= LONG_WORD) return word;
    let out = '';
    let since = 0;
    for (const ch of word) {
      out += ch;
      since++;
      if ('/?&=._-'.includes(ch) || since >= CHUNK) {
        out += ZWSP;
        since = 0;
      }
    }
    return out.endsWith(ZWSP) ? out.slice(0, -1) : out;
  });
}

type Printable = { runs: (string | TextRun)[]; dropped: number };

function printableString(s: string, coverage: FontCoverage): Printable {
  const { runs, dropped } = glyphRuns(breakLongWords(s), coverage);
  // A dropped emoji leaves its spaces behind: "great 😀 service" reads "great service".
  const tidy = dropped > 0 ? runs.map((r) => ({ ...r, text: r.text.replace(/ {2,}/g, ' ') })) : runs;
  const plain = tidy.every((r) => r.font === undefined);
  return { runs: plain ? [tidy.map((r) => r.text).join('')] : tidy, dropped };
}

/** Counts what a walk left out, so the report can say so (and tests can check it). */
export type TextStats = { droppedGlyphs: number };

function walk(node: unknown, coverage: FontCoverage, stats: TextStats): unknown {
  if (Array.isArray(node)) return node.map((n) => walk(n, coverage, stats));
  if (node === null || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node)) {
    if (k === 'text') out[k] = walkText(v, coverage, stats);
    else if (k === 'image' || k === 'canvas' || k === 'svg') out[k] = v;
    else out[k] = walk(v, coverage, stats);
  }
  return out;
}

function walkText(v: unknown, coverage: FontCoverage, stats: TextStats): unknown {
  if (typeof v === 'string' || typeof v === 'number') {
    const p = printableString(String(v), coverage);
    stats.droppedGlyphs += p.dropped;
    return p.runs.length === 1 && typeof p.runs[0] === 'string' ? p.runs[0] : p.runs;
  }
  if (Array.isArray(v)) {
    return v.flatMap((item) => {
      if (typeof item === 'string') {
        const p = printableString(item, coverage);
        stats.droppedGlyphs += p.dropped;
        return p.runs;
      }
      return [walk(item, coverage, stats)];
    });
  }
  return walk(v, coverage, stats);
}

/** Content whose every text can wrap and print in the shipped fonts. */
export function printableContent<T extends Content>(c: T, coverage: FontCoverage, stats: TextStats): T {
  return walk(c, coverage, stats) as T;
}

/** The document with printable content, header and footer (the page functions wrapped). */
export function printableDocument(
  doc: TDocumentDefinitions,
  coverage: FontCoverage,
  stats: TextStats = { droppedGlyphs: 0 },
): TDocumentDefinitions {
  const { header, footer, content } = doc;
  const wrap = <F>(f: F): F =>
    (typeof f === 'function'
      ? (...args: unknown[]) => {
          const r: unknown = (f as (...a: unknown[]) => unknown)(...args);
          return r === null || r === undefined ? r : walk(r, coverage, stats);
        }
      : f === undefined
        ? f
        : walk(f, coverage, stats)) as F;
  return {
    ...doc,
    content: printableContent(content, coverage, stats),
    ...(header !== undefined ? { header: wrap(header) } : {}),
    ...(footer !== undefined ? { footer: wrap(footer) } : {}),
  };
}
