/**
 * Light stemmers for comment search and coding rules, one per report language. They strip the
 * inflectional suffixes of the Snowball stemmers' main step (M. Porter, "Snowball: A language for
 * stemming algorithms", 2001; the Norwegian, Danish and English (Porter2) algorithms at
 * snowballstem.org), restricted to the region after the first consonant following a vowel (R1, at
 * least three letters), so "ventetiden" and "ventetid" meet, and "rådgiveren"/"rådgivere" meet
 * "rådgiver". Input is folded text (see fold.ts), so ø/æ/å arrive as o/ae/a.
 */
import type { Language } from '../domain/language';

const VOWELS = /[aeiouyå]/;

/** Snowball's R1: after the first non-vowel following a vowel, and at least 3 letters in. */
function r1(word: string): number {
  for (let i = 1; i < word.length; i++) {
    if (!VOWELS.test(word[i]!) && VOWELS.test(word[i - 1]!)) return Math.max(3, i + 1);
  }
  return word.length;
}

/** Longest first, as Snowball's `among` requires. */
const SUFFIXES: Record<Language, readonly string[]> = {
  nb: [
    'hetenes',
    'hetene',
    'hetens',
    'heten',
    'endes',
    'ernes',
    'erens',
    'ande',
    'ende',
    'edes',
    'enes',
    'erte',
    'erne',
    'eren',
    'erer',
    'ere',
    'ers',
    'ets',
    'het',
    'ast',
    'ene',
    'ens',
    'est',
    'ert',
    'ede',
    'ane',
    'en',
    'ar',
    'er',
    'as',
    'es',
    'et',
    'a',
    'e',
    's',
  ],
  da: [
    'erendes',
    'erende',
    'hedens',
    'ethed',
    'erede',
    'heden',
    'heder',
    'endes',
    'ernes',
    'erens',
    'erets',
    'ered',
    'ende',
    'erne',
    'eren',
    'erer',
    'heds',
    'enes',
    'eres',
    'eret',
    'hed',
    'ene',
    'ere',
    'ens',
    'ers',
    'ets',
    'en',
    'er',
    'es',
    'et',
    'e',
    's',
  ],
  en: [
    'ational',
    'fulness',
    'iveness',
    'ousness',
    'ements',
    'ations',
    'ement',
    'ation',
    'ings',
    'ness',
    'ment',
    'edly',
    'ing',
    'ies',
    'ied',
    'ful',
    'ers',
    'est',
    'ed',
    'er',
    'ly',
    'es',
    's',
  ],
};

const cache = new Map<string, string>();

/** The stem of one folded word in a language; words of three letters or fewer are left alone. */
export function stem(word: string, language: Language): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  const key = `${language}:${word}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  // Porter2 step 1a: a plural "-s" goes whatever the region ("queues" → "queue"), not "-ss"/"-us"/"-is".
  const base = language === 'en' && /[^sui]s$/.test(word) ? word.slice(0, -1) : word;
  const from = r1(base);
  let out = base;
  for (const suffix of SUFFIXES[language]) {
    if (base.endsWith(suffix) && base.length - suffix.length >= from) {
      out = base.slice(0, -suffix.length);
      break;
    }
  }
  // Snowball's undoubling of a final consonant pair (Danish "-dd", English "-pp" after "-ing"/"-ed").
  if ((language === 'da' || language === 'en') && /([^aeiouy])\1$/.test(out) && out.length > 3) {
    out = out.slice(0, -1);
  }
  if (cache.size > 50_000) cache.clear();
  cache.set(key, out);
  return out;
}
