import type { Language, Texts } from '../../../shared/domain/language';
import type { Scale } from '../../../shared/domain/questionnaire';

export type Choice = { name: string; texts: Texts };

const MISSING_TEXT: Record<string, Texts> = {
  dontKnow: { en: "Don't know", nb: 'Vet ikke', da: 'Ved ikke' },
  notApplicable: { en: 'Not applicable', nb: 'Ikke relevant', da: 'Ikke relevant' },
};

/** The answer options a survey tool shows for a scale: every scale point, then the missing codes. */
export function choicesOf(scale: Scale): Choice[] {
  if (scale.kind === 'choice') return scale.options.map((o) => ({ name: o.code, texts: o.texts }));
  if (scale.kind === 'none') return [];
  const out: Choice[] = [];
  for (let v = scale.min; v <= scale.max; v++) {
    const label = scale.labels.find((l) => l.value === v);
    out.push({ name: String(v), texts: label ? label.texts : { en: String(v) } });
  }
  for (const m of scale.missingCodes) {
    out.push({ name: String(m.value), texts: m.texts ?? MISSING_TEXT[m.kind] ?? { en: m.kind } });
  }
  return out;
}

/** A choice's text in `lang`; a bare scale point is its number in every language. */
export function choiceText(c: Choice, lang: Language): string {
  return c.texts[lang] ?? c.texts.en ?? c.texts.nb ?? c.texts.da ?? c.name;
}
