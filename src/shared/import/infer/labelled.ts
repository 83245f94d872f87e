import type { Language } from '../../domain/language';
import { MISSING } from '../../domain/questionnaire';
import type { Scale } from '../../domain/questionnaire';
import { missingKindOfText } from '../missing';
import type { QuestionInference } from './question';
import { reason } from './reasons';
import { inferRole } from './role';

/** What a file declares about a column's values (an SPSS variable): labels and user-missing codes. */
export type DeclaredValues = {
  valueLabels: readonly { value: number; label: string }[];
  missing: readonly number[];
};

/**
 * The question a column's declared value labels make: three or more labelled whole numbers in a row
 * (1 low … 3 high, 1 … 5) a rating scale with those labelled points; other labels (1 Male, 2 Female)
 * single-choice options coded by value. User-missing values are don't know or not applicable by
 * their label (not applicable when it does not say). Null without value labels: the answers decide.
 */
export function declaredQuestion(
  header: string,
  d: DeclaredValues,
  language: Language,
): QuestionInference | null {
  const missing = new Set(d.missing);
  const points = d.valueLabels.filter((l) => !missing.has(l.value));
  if (points.length === 0) return null;
  const missingCodes = d.missing.map((value) => {
    const label = d.valueLabels.find((l) => l.value === value)?.label ?? String(value);
    const kind =
      missingKindOfText(label) === MISSING.dontKnow ? ('dontKnow' as const) : ('notApplicable' as const);
    return { value, kind, texts: { [language]: label } };
  });
  const missingReasons = missingCodes.map((c) =>
    reason('fileMissing', {
      label: `${c.value} = ${c.texts[language]}`,
      kind: c.kind === 'dontKnow' ? "don't know" : 'not applicable',
    }),
  );
  const values = points.map((p) => p.value).sort((a, b) => a - b);
  const whole = values.every((v) => Number.isInteger(v));
  const contiguous = whole && values.every((v, i) => i === 0 || v === values[i - 1]! + 1);
  const labels = points.map((p) => `${p.value} = ${p.label}`).join(', ');
  if (contiguous && values.length >= 3) {
    const scale: Scale = {
      kind: 'range',
      min: values[0]!,
      max: values.at(-1)!,
      labels: points.map((p) => ({ value: p.value, texts: { [language]: p.label } })),
      missingCodes,
    };
    const r = inferRole(header, 'rating', 0);
    return {
      type: 'rating',
      role: r.role,
      scale,
      roleReason: r.reason,
      scaleReason: reason('fileValueLabels', { labels }),
      missingReasons,
    };
  }
  const scale: Scale = {
    kind: 'choice',
    options: points.map((p) => ({ code: String(p.value), texts: { [language]: p.label } })),
  };
  const r = inferRole(header, 'single', points.length);
  return {
    type: 'single',
    role: r.role,
    scale,
    roleReason: r.reason,
    scaleReason: reason('fileValueLabels', { labels }),
    missingReasons,
  };
}
