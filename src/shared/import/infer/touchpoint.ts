import { headerText } from '../header-text';
import type { SourceColumn } from '../table';
import type { InferenceReason } from './reasons';
import { reason } from './reasons';

/** A touchpoint candidate; its reason names the touchpoint (`touchpoint "Web shop": …`). */
export type TouchpointGroup = { key: string; label: string; reason: InferenceReason };

const SPLIT = /^(.{3,120}?)\s+[-–—:]\s+(.{2,})$/;

/** The field-id stem the tools share between a question's items: `Q5_1` → `Q5`, `KS[SQ001]` → `KS`. */
export function codeStem(code: string | null): string | null {
  if (!code) return null;
  const lime = /^([A-Za-z][\w]*)\[[^\]]+\]$/.exec(code);
  if (lime) return lime[1]!;
  const m = /^([A-Za-z][\w#]*?)[_.](?:[A-Za-z]{0,3})?\d+$/.exec(code);
  return m ? m[1]! : null;
}

function short(s: string): string {
  const t = headerText(s).replace(/\s+/g, ' ').trim();
  return t.length <= 60 ? t : `${t.slice(0, 57).trimEnd()}…`;
}

/**
 * The question group each column belongs to, as the survey tool wrote it: a matrix question with
 * its item rows (SurveyMonkey's two header rows, Qualtrics' "Question - item" headers), a LimeSurvey
 * `code[SQ]` or a shared field-id stem (`KS_1`, `KS_2`). A group of at least two columns is a touchpoint
 * candidate; columns of no group get null.
 */
export function questionGroups(columns: readonly SourceColumn[]): Map<number, TouchpointGroup> {
  const cands = new Map<number, TouchpointGroup>();
  for (const c of columns) {
    if (c.subLabel && c.text) {
      const label = short(c.text);
      cands.set(c.index, {
        key: `q:${c.text}`,
        label,
        reason: reason('touchpointMatrix', { label, question: label }),
      });
      continue;
    }
    const split = SPLIT.exec(headerText(c.text));
    const stem = codeStem(c.code);
    if (stem) {
      const label = split ? short(split[1]!) : stem;
      cands.set(c.index, { key: `c:${stem}`, label, reason: reason('touchpointStem', { label, stem }) });
      continue;
    }
    if (split) {
      const label = short(split[1]!);
      cands.set(c.index, {
        key: `h:${split[1]!.toLowerCase()}`,
        label,
        reason: reason('touchpointPrefix', { label, prefix: label }),
      });
    }
  }
  const size = new Map<string, number>();
  for (const g of cands.values()) size.set(g.key, (size.get(g.key) ?? 0) + 1);
  for (const [i, g] of cands) if ((size.get(g.key) ?? 0) < 2) cands.delete(i);
  return cands;
}
