import type { Language } from '../../domain/language';
import type { QuestionRole, QuestionType, Scale } from '../../domain/questionnaire';
import type { ValueCounts } from '../infer';
import { countsOf, inferColumn } from '../infer';
import { missingKindOfText } from '../missing';
import type { DecimalSeparator } from '../number';
import { textSimilarity } from '../similarity';
import type { InferenceReason } from './reasons';
import { reason } from './reasons';
import { inferRole } from './role';
import { declaredRange, labelledScale, numbersOf, numericScale } from './scale';
import { IMPORTANCE, RANKING, RECOMMEND, norm } from './words';

/** What the import inferred for a question it creates, each part with the reason people read. */
export type QuestionInference = {
  type: QuestionType;
  role: QuestionRole;
  scale: Scale;
  roleReason: InferenceReason;
  scaleReason: InferenceReason;
  /** One reason per missing code found ("99 = don't know"). */
  missingReasons: InferenceReason[];
};

/**
 * Infers a created question from its header and answers: the scale from the labels, the header or the
 * type (never from the lowest and highest answer), the missing codes, then the role from the wording.
 */
export function inferQuestion(
  header: string,
  values: readonly string[] | ValueCounts,
  opts: { decimal: DecimalSeparator; multiSeparator?: string | null | undefined; language: Language },
): QuestionInference {
  // Counted once (a column of a large file has 100,000 cells and a handful of distinct texts).
  const counted = countsOf(values);
  const distinct = [...counted.keys()];
  const answers = distinct.filter((v) => missingKindOfText(v) === null);
  const recommends = RECOMMEND.test(norm(header));
  const nums = answers.length > 0 ? numbersOf(answers, opts.decimal) : null;
  // A header that declares its scale ("rank us 1-5") is a rating, whatever its verb.
  const ranking = nums !== null && RANKING.test(norm(header)) && declaredRange(header) === null;
  let rating = ranking
    ? null
    : nums
      ? numericScale(header, nums, { nps: recommends && nums.every((n) => n <= 10 || n >= 98) })
      : labelledScale(header, distinct, opts.language, { nps: recommends });
  if (
    nums &&
    rating &&
    nums.filter((n) => !rating!.scale.missingCodes.some((c) => c.value === n)).length > 11
  )
    rating = null;
  if (rating) {
    const s = rating.scale;
    const type: QuestionType = recommends && s.min === 0 && s.max === 10 ? 'nps' : 'rating';
    const r = inferRole(header, type, 0);
    return {
      type,
      role: r.role,
      scale: s,
      roleReason: r.reason,
      scaleReason: rating.reason,
      missingReasons: rating.missing,
    };
  }
  const base = inferColumn(counted, { decimal: opts.decimal, multiSeparator: opts.multiSeparator });
  const type = base.type;
  // The options' texts are in the study's language, as the file has them.
  const scale: Scale =
    base.scale.kind === 'choice'
      ? {
          kind: 'choice',
          options: base.scale.options.map((o) => ({
            code: o.code,
            texts: { [opts.language]: Object.values(o.texts).find(Boolean) ?? o.code },
          })),
        }
      : base.scale;
  const categories = scale.kind === 'choice' ? scale.options.length : answers.length;
  const r = inferRole(header, type, categories);
  // A comment keeps its texts as they are, not as options.
  if (r.role === 'comment' && type === 'single')
    return {
      type: 'text',
      role: r.role,
      scale: { kind: 'none' },
      roleReason: r.reason,
      scaleReason: reason('freeTextNoScale'),
      missingReasons: [],
    };
  return {
    type,
    role: r.role,
    scale,
    roleReason: r.reason,
    scaleReason:
      type === 'single' || type === 'multi'
        ? reason('answerOptions', { n: categories })
        : type === 'text'
          ? reason('freeTextNoScale')
          : ranking
            ? reason('rankingNoScale')
            : reason('numbersNoScale'),
    missingReasons: [],
  };
}

/** The text of an importance item without its importance wording, to find the item it weighs. */
function subject(text: string): string {
  return norm(text).replace(IMPORTANCE, ' ').replace(/\s+/g, ' ').trim();
}

type Linkable = {
  code: string;
  role: QuestionRole;
  text: string;
  subLabel: string | null;
  group: string | null;
};

/**
 * The performance item each importance item weighs: the one of the same touchpoint with the same
 * matrix row, else the most similar text there (or anywhere, when the item has no touchpoint).
 */
export function linkImportance(
  items: readonly Linkable[],
): Map<string, { code: string; reason: InferenceReason }> {
  const out = new Map<string, { code: string; reason: InferenceReason }>();
  const perf = items.filter((q) => q.role === 'performance');
  for (const imp of items.filter((q) => q.role === 'importance')) {
    const pool = imp.group ? perf.filter((p) => p.group === imp.group) : [];
    const row = imp.subLabel
      ? pool.find((p) => p.subLabel && norm(p.subLabel) === norm(imp.subLabel!))
      : null;
    if (row) {
      out.set(imp.code, {
        code: row.code,
        reason: reason('weighsRow', { code: row.code, row: imp.subLabel! }),
      });
      continue;
    }
    const from = pool.length > 0 ? pool : perf;
    let best: { p: Linkable; s: number } | null = null;
    for (const p of from) {
      const s = textSimilarity(subject(imp.subLabel ?? imp.text), p.subLabel ?? p.text);
      if (!best || s > best.s) best = { p, s };
    }
    if (best && (pool.length === 1 || best.s >= 0.35))
      out.set(imp.code, {
        code: best.p.code,
        reason: reason(pool.length > 0 ? 'weighsTouchpoint' : 'weighsSimilar', { code: best.p.code }),
      });
  }
  return out;
}
