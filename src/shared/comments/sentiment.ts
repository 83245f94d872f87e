/**
 * A sentiment signal for one comment: the sum of its words' valences in a lexicon (AFINN: integers
 * −5 … +5; F. Å. Nielsen, "A new ANEW: evaluation of a word list for sentiment analysis in
 * microblogs", ESWC 2011), with negation: a negator up to three words before a rated word flips its
 * sign ("ikke bra", "not helpful"). Words are matched as written, then by stem, so "hyggelige" finds
 * "hyggelig". It is a signal, never a fact: sarcasm, irony and domain words fool it.
 */
import type { Language } from '../domain/language';
import { fold, tokens } from './fold';
import { stem } from './stem';

/** Folded word (or stem) → valence. Built once per language by `lexiconOf`. */
export type Lexicon = { words: Map<string, number>; stems: Map<string, number>; negators: Set<string> };

/**
 * Negators by language (single words; "kan ikke" is "ikke" after a verb). "Could" and "should"
 * count too: in customer comments "kunne gått raskere" (could have been faster) is a complaint.
 */
const NEGATORS: Record<Language, readonly string[]> = {
  nb: [
    'ikke',
    'ikkje',
    'aldri',
    'ingen',
    'intet',
    'ingenting',
    'verken',
    'uten',
    'mangler',
    'kunne',
    'burde',
  ],
  da: ['ikke', 'aldrig', 'ingen', 'intet', 'ingenting', 'hverken', 'uden', 'mangler', 'kunne', 'burde'],
  en: [
    'not',
    'no',
    'never',
    'none',
    'nobody',
    'nothing',
    'neither',
    'nor',
    'without',
    'lacks',
    'could',
    'should',
  ],
};
const EN_NT = /n['’]t$/;

/** A lexicon from word → valence entries; later entries win, so overrides come last. */
export function lexiconOf(language: Language, ...entries: Iterable<readonly [string, number]>[]): Lexicon {
  const words = new Map<string, number>();
  for (const list of entries) for (const [w, v] of list) if (!w.includes(' ')) words.set(fold(w), v);
  const stems = new Map<string, number>();
  for (const [w, v] of words) {
    const s = stem(w, language);
    if (!stems.has(s)) stems.set(s, v);
  }
  return { words, stems, negators: new Set(NEGATORS[language]) };
}

export type Sentiment = {
  /** Sum of the valences. */
  score: number;
  /** The score per word of the comment: comparable between short and long comments. */
  comparative: number;
  label: 'positive' | 'negative' | 'mixed' | 'neutral';
  /** The rated words as written, with their (negated) valence. */
  hits: { word: string; value: number; negated: boolean }[];
};

const NEGATION_WINDOW = 3;

export function sentimentOf(text: string, language: Language, lexicon: Lexicon): Sentiment {
  const words = tokens(text);
  const hits: Sentiment['hits'] = [];
  let lastNegator = -Infinity;
  words.forEach((t, i) => {
    if (lexicon.negators.has(t.word) || (language === 'en' && EN_NT.test(t.word))) {
      lastNegator = i;
      return;
    }
    const v = lexicon.words.get(t.word) ?? lexicon.stems.get(stem(t.word, language));
    if (v === undefined || v === 0) return;
    const negated = i - lastNegator <= NEGATION_WINDOW;
    hits.push({ word: text.slice(t.start, t.end), value: negated ? -v : v, negated });
  });
  const score = hits.reduce((s, h) => s + h.value, 0);
  const pos = hits.some((h) => h.value > 0);
  const neg = hits.some((h) => h.value < 0);
  const label =
    score > 0 && !neg ? 'positive' : score < 0 && !pos ? 'negative' : pos || neg ? 'mixed' : 'neutral';
  return { score, comparative: words.length ? score / words.length : 0, label, hits };
}
