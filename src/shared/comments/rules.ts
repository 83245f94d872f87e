/**
 * Coding rules: which themes a comment's words propose. A rule is compiled once into a matcher over
 * the comment's folded, stemmed words; see `codingRuleSchema` in the contract for the syntax.
 */
import type { Codebook } from '../api/comments';
import type { Language } from '../domain/language';
import { fold, tokens, type Token } from './fold';
import { stem } from './stem';

type Part = { kind: 'stem'; stem: string } | { kind: 'prefix'; prefix: string };
export type CompiledRule = { rule: string; parts: Part[] };

/** A rule as its parts: words by stem, `word*` by prefix; quotes only group. */
export function compileRule(rule: string, language: Language): CompiledRule | null {
  const words = rule
    .replace(/["“”«»]/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  const parts: Part[] = [];
  for (const w of words) {
    const prefix = w.endsWith('*');
    const folded = tokens(prefix ? w.slice(0, -1) : w).map((t) => t.word);
    if (folded.length === 0) continue;
    for (let i = 0; i < folded.length; i++) {
      const last = i === folded.length - 1;
      parts.push(
        prefix && last
          ? { kind: 'prefix', prefix: folded[i]! }
          : { kind: 'stem', stem: stem(folded[i]!, language) },
      );
    }
  }
  return parts.length ? { rule, parts } : null;
}

/** A comment prepared for matching: its folded words, their stems and positions. */
export type PreparedText = { tokens: Token[]; stems: string[] };

export function prepare(text: string, language: Language): PreparedText {
  const t = tokens(text);
  return { tokens: t, stems: t.map((x) => stem(x.word, language)) };
}

const partMatches = (p: Part, word: string, wordStem: string) =>
  p.kind === 'stem' ? wordStem === p.stem : word.startsWith(p.prefix);

/** Where a rule matches in a prepared comment (character ranges of the original text). */
export function matchRule(rule: CompiledRule, text: PreparedText): { start: number; end: number }[] {
  const hits: { start: number; end: number }[] = [];
  const n = rule.parts.length;
  for (let i = 0; i + n <= text.tokens.length; i++) {
    let ok = true;
    for (let j = 0; j < n && ok; j++) {
      ok = partMatches(rule.parts[j]!, text.tokens[i + j]!.word, text.stems[i + j]!);
    }
    if (ok) hits.push({ start: text.tokens[i]!.start, end: text.tokens[i + n - 1]!.end });
  }
  return hits;
}

/** A codebook's rules compiled for one language; rules that hold no word are left out. */
export type CompiledCodebook = { code: string; rules: CompiledRule[] }[];

export function compileCodebook(codebook: Codebook, language: Language): CompiledCodebook {
  return codebook.themes.map((t) => ({
    code: t.code,
    rules: t.rules.flatMap((r) => compileRule(r, language) ?? []),
  }));
}

/** A theme a comment's words propose, with the rule and the words that matched. */
export type Proposal = { code: string; rule: string; start: number; end: number };

/** The themes the rules propose for one comment, each once (its first match). */
export function propose(text: string, book: CompiledCodebook, language: Language): Proposal[] {
  const prepared = prepare(text, language);
  const out: Proposal[] = [];
  for (const theme of book) {
    for (const rule of theme.rules) {
      const hit = matchRule(rule, prepared)[0];
      if (hit) {
        out.push({ code: theme.code, rule: rule.rule, ...hit });
        break;
      }
    }
  }
  return out;
}

/** Diacritics-insensitive, stemmed search: every word of the query must occur (by stem or prefix*). */
export function matchesSearch(text: string, query: string, language: Language): boolean {
  const words = query.split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const prepared = prepare(text, language);
  return words.every((w) => {
    const rule = compileRule(w, language);
    if (!rule) return true;
    if (matchRule(rule, prepared).length > 0) return true;
    // A part of a word (e.g. "tid" in "ventetid"): search is forgiving where coding rules are not.
    const q = fold(w.replace(/\*$/, ''));
    return prepared.tokens.some((t) => t.word.includes(q));
  });
}
