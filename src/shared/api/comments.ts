import { z } from 'zod';
import { textsSchema } from '../domain/language';

/**
 * A coding rule: a word ("ventetid": matches its inflections, "ventetiden", "ventetider"), a prefix
 * with a star ("vente*": every word starting so), or a phrase in quotes or of several words
 * ("lang ventetid": the words in that order, each by its stem). Matching ignores case, accents and
 * ø/æ (see shared/comments/fold.ts).
 */
export const codingRuleSchema = z.string().trim().min(1).max(200);

/** One theme of a study's codebook; `parent` makes it a sub-theme. */
export const themeSchema = z.object({
  code: z
    .string()
    .trim()
    .regex(/^[A-Za-z][A-Za-z0-9_-]{0,39}$/, 'a letter, then letters, digits, - or _ (at most 40)'),
  label: textsSchema,
  parent: z.string().trim().optional(),
  rules: z.array(codingRuleSchema).max(200).default([]),
});
export type Theme = z.infer<typeof themeSchema>;

/** A study's codebook, as stored and as exchanged in codebook.json. */
export const codebookSchema = z.object({ themes: z.array(themeSchema).max(500) });
export type Codebook = z.infer<typeof codebookSchema>;
