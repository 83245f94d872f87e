import type { QuestionRole, QuestionType } from '../../domain/questionnaire';
import { BACKGROUND, COMMENT, IMPORTANCE, LOYALTY, OVERALL, RECOMMEND, SATISFIED, matched } from './words';

export type RoleInference = { role: QuestionRole; reason: string };

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
    return { role: 'outcome-recommend', reason: `0–10 scale and "${w ?? 'recommend'}" in the wording: NPS` };
  }
  if (type === 'rating') {
    const imp = matched(header, IMPORTANCE);
    if (imp) return { role: 'importance', reason: `"${imp}" in the wording: stated importance` };
    const overall = matched(header, OVERALL);
    const sat = matched(header, SATISFIED);
    if (overall && (sat || /total|helhet/.test(overall)))
      return {
        role: 'outcome-satisfaction',
        reason: `"${overall}"${sat ? ` … "${sat}"` : ''} in the wording: overall satisfaction`,
      };
    const loyal = matched(header, LOYALTY);
    if (loyal) return { role: 'loyalty', reason: `"${loyal}" in the wording: loyalty` };
    const rec = matched(header, RECOMMEND);
    if (rec) return { role: 'loyalty', reason: `"${rec}" on a scale other than 0–10: loyalty, not NPS` };
    return { role: 'performance', reason: 'a rating of no outcome wording: performance' };
  }
  if (type === 'text') return { role: 'comment', reason: 'free-text answers: comment' };
  if (type === 'single') {
    const c = matched(header, COMMENT);
    if (c) return { role: 'comment', reason: `"${c}" in the wording: comment` };
  }
  if (type === 'single') {
    // Background variables are named in a few words; a long question that says "state" is not one.
    const bg = header.length <= 60 ? matched(header, BACKGROUND) : null;
    if (bg && categories <= MAX_SEGMENT_CATEGORIES)
      return {
        role: 'segment',
        reason: `background variable ("${bg}") with ${categories} categories: segment`,
      };
    if (categories <= 6 && categories >= 2)
      return { role: 'segment', reason: `${categories} categories: usable as a breakdown (segment)` };
    return { role: 'other', reason: `${categories} categories and no background wording` };
  }
  if (type === 'multi') return { role: 'other', reason: 'multiple answers per respondent' };
  return { role: 'other', reason: 'a number that is not on a rating scale' };
}
