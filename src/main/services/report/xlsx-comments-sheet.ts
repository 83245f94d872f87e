import { reportText } from '../../../shared/i18n/report';
import type { CodedCommentRow } from '../comments/coded-rows';
import type { SheetData, TablesInputs } from './xlsx-tables-cells';

const TONE = {
  positive: 'tonePositive',
  negative: 'toneNegative',
  mixed: 'toneMixed',
  neutral: 'toneNeutral',
} as const;

/** The coded comments: one row per comment, with its themes and the tone signal; none when the study has none. */
export function commentsSheet(x: TablesInputs & { comments?: CodedCommentRow[] }): SheetData | null {
  if (!x.comments?.length) return null;
  const t = (k: Parameters<typeof reportText>[1], v?: Record<string, string | number>) =>
    reportText(x.lang, k, v);
  return {
    name: t('commentSheetName'),
    title: t('commentSheetTitle'),
    header: [
      t('commentColWave'),
      t('commentColQuestion'),
      t('commentColUnit'),
      t('commentColGroup'),
      t('commentColThemes'),
      t('commentColTone'),
      t('commentColText'),
    ],
    rows: x.comments.map((c) => [
      c.waveYear,
      c.question,
      c.unit,
      c.npsGroup ? t(c.npsGroup) : null,
      c.themes.join('; '),
      t(TONE[c.tone]),
      c.text,
    ]),
    notes: [t('commentSheetNote', { k: x.meta.anonymityK })],
  };
}
