/**
 * Frequency tables of single-choice and multiple-choice questions, weighted or not.
 */
import type { MissingCounts } from './columns';
import { MissingCode, assertSameLength, isUsableWeight } from './columns';
import { kishEffectiveN } from './weighting';

/** An answer category: a code or a label. */
export type Category = string | number;

/** Single choice: one category per respondent; null (or NaN codes) = no answer. */
export type SingleChoiceAnswers = readonly (Category | null)[] | Float64Array;

/**
 * Multiple choice: the set of categories each respondent chose; null = no answer, an empty array
 * = answered and chose none.
 */
export type MultipleChoiceAnswers = readonly (readonly Category[] | null)[];

/** Options of {@link frequencies}. */
export interface FrequencyOptions {
  /** Respondent weights; NaN, infinite, zero or negative drops the respondent. */
  readonly weights?: Float64Array;
  /** Missing codes (0 answered, 1 no answer, 2 don't know, 3 not applicable); a code wins over an answer. */
  readonly missing?: Uint8Array;
  /**
   * Categories in display order; they appear even when nobody chose them, and any other answer
   * is an error. Without it: numbers ascending, then strings in order of first appearance.
   */
  readonly categories?: readonly Category[];
}

/** One category of a frequency table. */
export interface FrequencyRow {
  readonly category: Category;
  /** Respondents who chose it (unweighted). */
  readonly count: number;
  /** Σw of those respondents (= count without weights). */
  readonly weightedCount: number;
  /** weightedCount / Σw of the respondents who answered, 0..1. */
  readonly share: number;
}

/** Result of {@link frequencies}. */
export interface FrequencyTable {
  readonly kind: 'single' | 'multiple';
  readonly weighted: boolean;
  /** Respondents who answered (the base of the shares). */
  readonly n: number;
  readonly weightedN: number;
  /** Kish effective n of the respondents who answered. */
  readonly effectiveN: number;
  readonly missing: MissingCounts;
  readonly excludedByWeight: number;
  readonly rows: readonly FrequencyRow[];
  /** Total choices (single choice: = n). Multiple-choice shares sum to mentions/n, not 1. */
  readonly mentions: number;
}

function isMultiple(answers: SingleChoiceAnswers | MultipleChoiceAnswers): answers is MultipleChoiceAnswers {
  if (answers instanceof Float64Array) return false;
  return answers.some((a) => Array.isArray(a));
}

/**
 * Frequency table of a single- or multiple-choice question (kind detected from the data: an array
 * of arrays is multiple choice).
 *
 * share_c = Σ_{i chose c} w_i / Σ_{i answered} w_i (w = 1 without weights), i.e. the share of the
 * respondents who answered — for multiple choice "percent of cases", not "percent of responses",
 * so shares may sum to more than 1 (SPSS MULT RESPONSE, "Pct of Cases"). A category listed twice
 * by one respondent counts once. Unusable weights drop the respondent; missing codes 1–3 count as
 * no answer / don't know / not applicable whatever the answer holds; null or NaN is no answer.
 * Reference: Kish 1965 for n_eff; any survey text for the weighted proportion.
 *
 * @throws Error('frequencies: …') on length mismatches, unknown missing codes, NaN/empty labels
 *   inside a multiple-choice set, or answers outside `categories` when it is given.
 */
export function frequencies(
  answers: SingleChoiceAnswers | MultipleChoiceAnswers,
  options: FrequencyOptions = {},
): FrequencyTable {
  const { weights, missing, categories } = options;
  const n = answers.length;
  assertSameLength('frequencies', 'weights', weights, n);
  assertSameLength('frequencies', 'missing', missing, n);
  const multiple = isMultiple(answers);
  const known = new Map<Category, number>();
  const order: Category[] = [];
  if (categories) {
    for (const c of categories) {
      if (known.has(c)) throw new Error(`frequencies: category ${String(c)} listed twice`);
      known.set(c, order.length);
      order.push(c);
    }
  }
  const counts: number[] = order.map(() => 0);
  const wcounts: number[] = order.map(() => 0);
  const slot = (c: Category, row: number): number => {
    if (typeof c === 'number' && !Number.isFinite(c))
      throw new Error(`frequencies: non-finite code at row ${row}`);
    let k = known.get(c);
    if (k === undefined) {
      if (categories)
        throw new Error(`frequencies: answer ${String(c)} at row ${row} is not a listed category`);
      k = order.length;
      known.set(c, k);
      order.push(c);
      counts.push(0);
      wcounts.push(0);
    }
    return k;
  };
  let answered = 0;
  let W = 0;
  const usedWeights: number[] = [];
  let mentions = 0;
  let noAnswer = 0;
  let dontKnow = 0;
  let notApplicable = 0;
  let excludedByWeight = 0;
  for (let i = 0; i < n; i++) {
    const w = weights ? weights[i] : 1;
    if (!isUsableWeight(w)) {
      excludedByWeight++;
      continue;
    }
    const code = missing ? missing[i] : MissingCode.answered;
    if (code === MissingCode.noAnswer) {
      noAnswer++;
      continue;
    }
    if (code === MissingCode.dontKnow) {
      dontKnow++;
      continue;
    }
    if (code === MissingCode.notApplicable) {
      notApplicable++;
      continue;
    }
    if (code !== MissingCode.answered)
      throw new Error(`frequencies: unknown missing code ${code} at row ${i}`);
    const a = answers[i];
    if (a === null || (typeof a === 'number' && Number.isNaN(a))) {
      noAnswer++;
      continue;
    }
    let chosen: Set<Category>;
    if (typeof a === 'string' || typeof a === 'number') {
      if (multiple) throw new Error(`frequencies: row ${i} is not a set in a multiple-choice column`);
      chosen = new Set<Category>([a]);
    } else {
      chosen = new Set<Category>(a);
    }
    for (const c of chosen) {
      if (c === '' || (typeof c === 'number' && Number.isNaN(c))) {
        throw new Error(`frequencies: empty or NaN category at row ${i}`);
      }
      const k = slot(c, i);
      counts[k]++;
      wcounts[k] += w;
      mentions++;
    }
    answered++;
    W += w;
    usedWeights.push(w);
  }
  const idx = order.map((_, k) => k);
  if (!categories) {
    // numbers ascending first, then labels in order of first appearance
    idx.sort((a, b) => {
      const ca = order[a];
      const cb = order[b];
      if (typeof ca === 'number' && typeof cb === 'number') return ca - cb;
      if (typeof ca === 'number') return -1;
      if (typeof cb === 'number') return 1;
      return a - b;
    });
  }
  return {
    kind: multiple ? 'multiple' : 'single',
    weighted: weights !== undefined,
    n: answered,
    weightedN: W,
    effectiveN: kishEffectiveN(Float64Array.from(usedWeights)),
    missing: { noAnswer, dontKnow, notApplicable },
    excludedByWeight,
    rows: idx.map((k) => ({
      category: order[k],
      count: counts[k],
      weightedCount: wcounts[k],
      share: W > 0 ? wcounts[k] / W : NaN,
    })),
    mentions,
  };
}
