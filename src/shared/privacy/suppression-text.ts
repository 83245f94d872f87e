/**
 * The words for a hidden result, one function for every surface: the screen (SuppressedNotice,
 * through i18next with the same keys), the PDF, PPTX and xlsx (pure, with the locale catalogs).
 * Only k and the rule are ever put in words — never the hidden group's size.
 */
import type { Suppressed } from '../analysis/dashboard';
import type { Language } from '../domain/language';
import { suppression as da } from '../i18n/locales/da/suppression';
import { suppression as en } from '../i18n/locales/en/suppression';
import { suppression as nb } from '../i18n/locales/nb/suppression';
import type { MaskLabels } from './mask';
import { maskPersonalData } from './mask';
import { fillCatalogText } from '../i18n/placeholders';

type Area = (typeof en)['suppression'];
const CATALOG: Record<Language, Area> = { en: en.suppression, nb: nb.suppression, da: da.suppression };

export type SuppressionKeys = {
  /** i18next keys (under `suppression.`) of the headline, the explanation and the short cell label. */
  headline: string;
  detail: string;
  cell: string;
  vars: { k: number };
};

/** Which strings explain `s`: by reason, and for complementary and filter refusals by rule. */
export function suppressionKeys(s: Suppressed): SuppressionKeys {
  const reason = s.reason ?? 'below-k';
  const detail =
    reason === 'complementary'
      ? s.rule && s.rule in CATALOG.en.detail
        ? s.rule
        : 'total'
      : reason === 'filter'
        ? (s.rule ?? 'filter')
        : reason;
  return {
    headline: `suppression.headline.${reason}`,
    detail: `suppression.detail.${detail}`,
    cell: `suppression.cell.${reason}`,
    vars: { k: s.k },
  };
}

function lookup(lang: Language, key: string, vars: Record<string, string | number>): string {
  const path = key.replace(/^suppression\./, '').split('.');
  let v: unknown = CATALOG[lang];
  for (const p of path) v = (v as Record<string, unknown> | undefined)?.[p];
  const text = typeof v === 'string' ? v : key;
  return fillCatalogText(text, vars);
}

/** The headline, the explanation and the short cell label of a hidden result, in `lang`. */
export function suppressionText(
  s: Suppressed,
  lang: Language,
): { headline: string; detail: string; cell: string } {
  const keys = suppressionKeys(s);
  return {
    headline: lookup(lang, keys.headline, keys.vars),
    detail: lookup(lang, keys.detail, keys.vars),
    cell: lookup(lang, keys.cell, keys.vars),
  };
}

/** A string of the suppression area in `lang` ("method.merged", "commentsHidden" …), filled. */
export function suppressionString(
  lang: Language,
  key: string,
  vars: Record<string, string | number> = {},
): string {
  return lookup(lang, key, vars);
}

/** The mask labels of quoted comments in `lang` ("[e-post]", "[telefon]" …). */
export function maskLabels(lang: Language): MaskLabels {
  return CATALOG[lang].mask;
}

/** A comment as it may be quoted in `lang`: personal data masked with that language's labels. */
export function quotable(text: string, lang: Language): string {
  return maskPersonalData(text, maskLabels(lang)).text;
}
