import type { Questionnaire } from '../domain/questionnaire';
import type { Language, Texts } from '../domain/language';

/** How many of the study's printed texts exist in the report language, and what stands in for the rest. */
export type LanguageFallback = {
  /** Texts missing in the report language. */
  count: number;
  /** Every text the report may print: stages, touchpoints, questions, answer options. */
  total: number;
  /** The language the missing texts are printed in instead (the one `pickText` falls back to most). */
  fallback: Language;
};

const ORDER: Language[] = ['en', 'nb', 'da'];

/** Null when every text exists in `lang` (nothing to say). */
export function languageFallback(q: Questionnaire, lang: Language): LanguageFallback | null {
  const all: Texts[] = [
    ...q.stages.map((s) => s.texts),
    ...q.touchpoints.map((t) => t.texts),
    ...q.questions.flatMap((x) => [
      x.texts,
      ...(x.scale.kind === 'choice' ? x.scale.options.map((o) => o.texts) : []),
    ]),
  ];
  const present = (t: Texts, l: Language) => typeof t[l] === 'string' && t[l].trim() !== '';
  const missing = all.filter((t) => !present(t, lang));
  if (missing.length === 0) return null;
  const uses = new Map<Language, number>();
  for (const t of missing) {
    const used = ORDER.find((l) => present(t, l));
    if (used) uses.set(used, (uses.get(used) ?? 0) + 1);
  }
  const fallback = [...uses.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'en';
  return { count: missing.length, total: all.length, fallback };
}
