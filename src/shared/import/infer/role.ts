import type { QuestionRole, QuestionType } from '../../domain/questionnaire';
import type { InferenceReason } from './reasons';
import { reason } from './reasons';
import { BACKGROUND, COMMENT, IMPORTANCE, LOYALTY, OVERALL, RECOMMEND, SATISFIED, matched } from './words';

export type RoleInference = { role: QuestionRole; reason: InferenceReason };

/** Most categories a background variable has to be usable as a breakdown. */
export const MAX_SEGMENT_CATEGORIES = 12;

/**
 * What a created question measures, from its wording and type: recommend on 0–10 → NPS outcome,
 * "how important" → importance, overall satisfaction → outcome, choose again / repurchase → loyalty,
 * any other rating → performance; free text → comment; a background variable with few categories
 * (gender, age group, region, branch …) → segment.
 */
export function inferRole(header: string, type: QuestionType, categories: number): RoleInference {
  if (type === 'nps') {
    const w = matched(header, RECOMMEND);
    return { role: 'outcome-recommend', reason: reason('npsRecommend', { word: w ?? 'recommend' }) };
  }
  if (type === 'rating') {
    const imp = matched(header, IMPORTANCE);
    if (imp) return { role: 'importance', reason: reason('importanceWording', { word: imp }) };
    const overall = matched(header, OVERALL);
    const sat = matched(header, SATISFIED);
    if (overall && (sat || /total|helhet/.test(overall)))
      return {
        role: 'outcome-satisfaction',
        reason: sat ? reason('overallSatisfied', { overall, sat }) : reason('overallWording', { overall }),
      };
    const loyal = matched(header, LOYALTY);
    if (loyal) return { role: 'loyalty', reason: reason('loyaltyWording', { word: loyal }) };
    const rec = matched(header, RECOMMEND);
    if (rec) return { role: 'loyalty', reason: reason('recommendNotNps', { word: rec }) };
    return { role: 'performance', reason: reason('ratingPerformance') };
  }
  if (type === 'text') return { role: 'comment', reason: reason('freeTextComment') };
  if (type === 'single') {
    const c = matched(header, COMMENT);
    if (c) return { role: 'comment', reason: reason('commentWording', { word: c }) };
  }
  if (type === 'single') {
    // Background variables are named in a few words; a long question that says "state" is not one.
    const bg = header.length <= 60 ? matched(header, BACKGROUND) : null;
    if (bg && categories <= MAX_SEGMENT_CATEGORIES)
      return {
        role: 'segment',
        reason: reason('backgroundSegment', { word: bg, n: categories }),
      };
    if (categories <= 6 && categories >= 2)
      return { role: 'segment', reason: reason('fewCategoriesSegment', { n: categories }) };
    return { role: 'other', reason: reason('categoriesOther', { n: categories }) };
  }
  if (type === 'multi') return { role: 'other', reason: reason('multiOther') };
  return { role: 'other', reason: reason('numberOther') };
}
