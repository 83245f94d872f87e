import type { Language } from '../../../../shared/domain/language';
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
