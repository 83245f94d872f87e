import type { Language, Texts } from '../../../../shared/domain/language';
import type { QuestionRole, QuestionType, Scale } from '../../../../shared/domain/questionnaire';
import { NPS_SCALE } from '../../../../shared/domain/questionnaire';

export const RANGE_PRESETS = ['1-5', '1-7', '0-10', '1-10'] as const;
export type RangePreset = (typeof RANGE_PRESETS)[number];

export function rangeScale(preset: RangePreset): Scale {
  const [min, max] = preset.split('-').map(Number) as [number, number];
  return { kind: 'range', min, max, labels: [], missingCodes: [] };
}

/** The scale a new question gets from its type, preset and (for choices) option labels. */
export function scaleFor(type: QuestionType, preset: RangePreset, options: string[], lang: Language): Scale {
  if (type === 'nps') return NPS_SCALE;
  if (type === 'rating') return rangeScale(preset);
  if (type === 'single' || type === 'multi') {
    return {
      kind: 'choice',
      options: options.map((label, i) => ({ code: String(i + 1), texts: { [lang]: label } })),
    };
  }
  return { kind: 'none' };
}

/** A sensible role when the type changes (an NPS question is nearly always the recommend outcome). */
export function defaultRole(type: QuestionType): QuestionRole {
  switch (type) {
    case 'nps':
      return 'outcome-recommend';
    case 'text':
      return 'comment';
    case 'single':
    case 'multi':
      return 'segment';
    case 'number':
      return 'other';
    default:
      return 'performance';
  }
}

/** "1–5", "0–10", "3 options", "—". */
export function describeScale(scale: Scale, optionsLabel: (n: number) => string): string {
  if (scale.kind === 'range') return `${scale.min}–${scale.max}`;
  if (scale.kind === 'choice') return optionsLabel(scale.options.length);
  return '—';
}

/** Above this many points a range scale gets labels for its end points only (a 0–100 slider). */
export const MAX_LABELLED_POINTS = 21;

/** The points a range scale's labels are edited for: all of them, or its ends on a long scale. */
export function scalePoints(scale: { min: number; max: number }): number[] {
  const count = scale.max - scale.min + 1;
  if (count < 1) return [];
  if (count > MAX_LABELLED_POINTS) return [scale.min, scale.max];
  return Array.from({ length: count }, (_, i) => scale.min + i);
}

/** Texts with one language set, or removed when blank. */
export function withText(texts: Texts, lang: Language, text: string): Texts {
  const out: Texts = { ...texts, [lang]: text };
  if (!text) delete out[lang];
  return out;
}

/** The code of a new answer option: the next whole number after the numeric codes in use. */
export function nextOptionCode(options: readonly { code: string }[]): string {
  const taken = new Set(options.map((o) => o.code));
  let n = options.reduce((m, o) => (/^\d+$/.test(o.code) ? Math.max(m, Number(o.code)) : m), 0) + 1;
  while (taken.has(String(n))) n++;
  return String(n);
}

/** A scale can be saved: a range from low to high, every answer option with a text. */
export function scaleComplete(scale: Scale): boolean {
  if (scale.kind === 'range') return scale.min < scale.max;
  if (scale.kind === 'choice')
    return scale.options.length > 0 && scale.options.every((o) => Object.values(o.texts).some(Boolean));
  return true;
}

/** The scale as saved: labels of points outside min–max (left after narrowing the range) dropped. */
export function tidyScale(scale: Scale): Scale {
  if (scale.kind !== 'range') return scale;
  const labels = scale.labels.filter((p) => p.value >= scale.min && p.value <= scale.max);
  return labels.length === scale.labels.length ? scale : { ...scale, labels };
}
