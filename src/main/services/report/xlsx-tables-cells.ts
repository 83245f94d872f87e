import type { DashboardResult, Suppressed } from '../../../shared/analysis/dashboard';
import type { Frequencies } from '../../../shared/api/import';
import type { Language } from '../../../shared/domain/language';
import { NO_VALUE } from '../../../shared/format';
import type { ReportAnalyses } from '../../../shared/report/analyses';
import type { CodedCommentRow } from '../comments/coded-rows';
import { xlsxText } from './xlsx-tables-text';

/** The results workbook's sheet data, number formats and the helpers every sheet uses. */

export type XCell = string | number | null | { v: number; z: string };
export type SheetData = { name: string; title: string; header: string[]; rows: XCell[][]; notes: string[] };

export type TablesInputs = {
  meta: { client: string; title: string; anonymityK: number };
  lang: Language;
  wave: { year: number; label: string };
  /** Every wave up to the reported one, oldest first, with its dashboard. */
  waves: { year: number; label: string; dashboard: DashboardResult }[];
  analyses: ReportAnalyses;
  frequencies: { text: string; f: Frequencies }[];
  /** The coded comments (masked, units under k left out), for their own sheet. */
  comments?: CodedCommentRow[];
};

export const FMT = {
  index: '0',
  mean: '0.00',
  share: '0%',
  share1: '0.0%',
  signed: '+0;-0;0',
  signed1: '+0.0;-0.0;0.0',
  p: '0.000',
  count: '0',
} as const;

export const num = (v: number, z: string): XCell => (Number.isFinite(v) ? { v, z } : NO_VALUE);

/**
 * The n of a hidden result: the marker only. Whether a cell is under k or hidden with it (so that it
 * cannot be worked out from the others) is not told either; the touchpoint table alone prints "< k",
 * as the PDF does, for a question answered by fewer than k.
 */
export const hiddenN = (_s: Suppressed): string => NO_VALUE;

export function ctx(x: TablesInputs) {
  const t = (key: Parameters<typeof xlsxText>[1], vars: Record<string, string | number> = {}) =>
    xlsxText(x.lang, key, {
      client: x.meta.client,
      study: x.meta.title,
      wave: x.wave.label || x.wave.year,
      ...vars,
    });
  return {
    t,
    k: x.meta.anonymityK,
    suppressedNote: t('noteSuppressed', { mark: NO_VALUE, k: x.meta.anonymityK }),
  };
}
