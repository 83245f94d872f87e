import { z } from 'zod';

/** The UI and content languages of the product: English, Norwegian Bokmål, Danish. */
export const LANGUAGES = ['en', 'nb', 'da'] as const;
export const languageSchema = z.enum(LANGUAGES);
export type Language = z.infer<typeof languageSchema>;

/** A text in one or more languages; at least one must be present. */
export const textsSchema = z
  .object({ en: z.string().optional(), nb: z.string().optional(), da: z.string().optional() })
  .refine((t) => Boolean(t.en ?? t.nb ?? t.da), { message: 'at least one language text is required' });
export type Texts = z.infer<typeof textsSchema>;

/** Picks the text in `lang`, falling back to English, then to any language present. */
export function pickText(texts: Texts, lang: Language): string {
  return texts[lang] ?? texts.en ?? texts.nb ?? texts.da ?? '';
}
