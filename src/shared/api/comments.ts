import { z } from 'zod';
import { languageSchema, textsSchema } from '../domain/language';
import { op } from './operation';
import { studyId } from './study';

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

export const npsGroupSchema = z.enum(['promoters', 'passives', 'detractors']);

/** Which comments to list: every filter optional; `theme: "none"` lists the uncoded ones. */
export const commentsFilterSchema = z.object({
  studyId,
  lang: languageSchema.default('en'),
  waveYear: z.number().int().optional(),
  question: z.string().optional(),
  touchpoint: z.string().optional(),
  unit: z.string().optional(),
  npsGroup: npsGroupSchema.optional(),
  theme: z.string().optional(),
  search: z.string().max(200).optional(),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(500).default(50),
});

export type CommentItem = {
  /** "respondent.question": names the comment in setCodes / setQuote. */
  key: string;
  waveYear: number;
  question: { code: string; text: string };
  touchpoint: string | null;
  unit: { code: string; label: string } | null;
  npsGroup: z.infer<typeof npsGroupSchema> | null;
  recommend: number | null;
  /** Overall satisfaction on 0–100. */
  satisfaction: number | null;
  /** As written, with names, e-mail addresses, phone and account numbers masked. */
  text: string;
  masked: number;
  codes: string[];
  /** Who coded it: by hand, or accepted from the rules; null when uncoded. */
  source: 'manual' | 'rule' | null;
  /** Themes the rules propose that it does not carry yet; ranges are in `text`. */
  proposals: { code: string; rule: string; start: number; end: number }[];
  sentiment: { score: number; label: 'positive' | 'negative' | 'mixed' | 'neutral' };
  quote: 'chosen' | 'hidden' | null;
};

export type CommentsList = {
  k: number;
  total: number;
  offset: number;
  items: CommentItem[];
  /** Comments not listed because their respondent's unit has fewer than k respondents. */
  heldBack: number;
  /** Set when the filters single out fewer than k respondents: nothing is listed. */
  refused: { reason: 'below-k'; k: number } | null;
  sentimentMethod: 'afinn-lexicon';
};

export type RuleQualityView = {
  code: string;
  proposed: number;
  agreed: number;
  coded: number;
  precision: number | null;
  recall: number | null;
};

export type CodebookView = { codebook: Codebook; quality: RuleQualityView[]; coded: number };

export type ThemeComparisonView =
  | {
      with: { n: number; value: number };
      without: { n: number; value: number };
      diff: number;
      p: number;
      test: string;
    }
  | { hidden: 'below-k' | 'no-question' };

export type ThemeRow = {
  code: string;
  label: string;
  parent: string | null;
  comments: number;
  mentions: number;
  share: number;
  groups: (
    | { group: string; comments: number; mentions: number; share: number }
    | { group: string; hidden: 'below-k' | 'complementary' }
  )[];
  nps: ThemeComparisonView;
  satisfaction: ThemeComparisonView;
};

export type ThemesResult = {
  k: number;
  by: 'unit' | 'wave';
  waveYear: number | null;
  groups: { code: string; label: string }[];
  themes: ThemeRow[];
  /** Comments left out of every figure (totals included) because their unit has fewer than k respondents. */
  heldBack: number;
};

export const commentsOperations = {
  'comments/list': op(commentsFilterSchema).returns<CommentsList>(),
  'comments/getCodebook': op(z.object({ studyId })).returns<CodebookView>(),
  /** Replaces the codebook; codes of themes left out are removed with them. */
  'comments/setCodebook': op(z.object({ studyId, codebook: codebookSchema })).returns<CodebookView>(),
  /** A codebook file (codebook.json or codebook.xlsx, as exported), replacing the study's. */
  'comments/importCodebook': op(
    z.object({ studyId, name: z.string().min(1).max(255), base64: z.string().max(20_000_000) }),
  ).returns<CodebookView>(),
  'comments/exportCodebook': op(
    z.object({ studyId, format: z.enum(['json', 'xlsx']).default('xlsx') }),
  ).returns<{
    name: string;
    base64: string;
  }>(),
  /** Sets one comment's themes by hand (an empty list uncodes it). */
  'comments/setCodes': op(
    z.object({ studyId, key: z.string(), codes: z.array(z.string()).max(50) }),
  ).returns<{
    key: string;
    codes: string[];
  }>(),
  /** Accepts the rules' proposals for the comments not coded by hand (all, or the keys given). */
  'comments/acceptProposals': op(
    z.object({ studyId, keys: z.array(z.string()).max(100_000).optional() }),
  ).returns<{
    coded: number;
  }>(),
  'comments/themes': op(
    z.object({
      studyId,
      lang: languageSchema.default('en'),
      by: z.enum(['unit', 'wave']).default('unit'),
      waveYear: z.number().int().optional(),
      question: z.string().optional(),
    }),
  ).returns<ThemesResult>(),
  'comments/setQuote': op(
    z.object({ studyId, key: z.string(), state: z.enum(['chosen', 'hidden']).nullable() }),
  ).returns<{
    key: string;
    state: 'chosen' | 'hidden' | null;
  }>(),
};
