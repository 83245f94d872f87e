/**
 * Every open comment of the study, with what the comments workspace and the theme figures need to
 * know about its respondent: wave, unit, NPS group, the recommend and satisfaction answers. Read
 * from the answer columns once per data version (see `commentRecords`).
 */
import type { Database } from 'better-sqlite3';
import { unitVariable } from '../../../shared/analysis/unit-variable';
import type { Question } from '../../../shared/domain/index';
import { readQuestionnaire } from '../store/questionnaire-repo';
import { loadWave } from '../store/responses-repo';
import { readStudyMeta, readWaves } from '../store/study-repo';

export type NpsGroup = 'promoters' | 'passives' | 'detractors';

export type CommentRecord = {
  respondentId: number;
  questionId: number;
  waveYear: number;
  text: string;
  /** The unit's code, or null when the respondent gave none. */
  unit: string | null;
  npsGroup: NpsGroup | null;
  recommend: number | null;
  /** The overall-satisfaction answer rescaled to 0–100 (its scale's limits). */
  satisfaction: number | null;
};

export type CommentSet = {
  k: number;
  commentQuestions: Question[];
  unit: Question | null;
  recommend: Question | null;
  satisfaction: Question | null;
  waves: number[];
  records: CommentRecord[];
  /** Respondents per wave × unit ("" = no unit), for the k rule on groups of respondents. */
  unitSizes: Map<number, Map<string, number>>;
};

export const npsGroupOf = (v: number | null): NpsGroup | null =>
  v === null ? null : v >= 9 ? 'promoters' : v >= 7 ? 'passives' : 'detractors';

function valueAt(col: { values: Float64Array; missing: Uint8Array } | undefined, i: number): number | null {
  if (!col || col.missing[i] !== 0) return null;
  const v = col.values[i]!;
  return Number.isFinite(v) ? v : null;
}

export function readCommentSet(db: Database): CommentSet {
  const k = readStudyMeta(db).anonymityK;
  const qn = readQuestionnaire(db);
  const commentQuestions = qn.questions.filter((q) => q.role === 'comment');
  const ranged = (role: Question['role']) =>
    qn.questions.find((q) => q.role === role && q.scale.kind === 'range') ?? null;
  const recommend = ranged('outcome-recommend');
  const satisfaction = ranged('outcome-satisfaction');
  const unit = unitVariable(qn.questions);
  const waves = readWaves(db).map((w) => ({ id: w.id, year: w.year }));
  const records: CommentRecord[] = [];
  const unitSizes = new Map<number, Map<string, number>>();
  const ids = [...commentQuestions, recommend, satisfaction, unit].flatMap((q) => (q ? [q.id] : []));
  const sat = satisfaction?.scale.kind === 'range' ? satisfaction.scale : null;
  for (const w of waves) {
    const sizes = new Map<string, number>();
    unitSizes.set(w.year, sizes);
    if (!commentQuestions.length) continue;
    const data = loadWave(db, w.id, ids, true);
    const n = data.respondentIds.length;
    const unitCol = unit ? data.columns.get(unit.id) : undefined;
    const unitAt = (i: number): string | null => {
      if (!unitCol || unitCol.missing[i] !== 0) return null;
      const t = unitCol.texts?.[i];
      if (t) return t;
      const v = unitCol.values[i]!;
      return Number.isFinite(v) ? String(v) : null;
    };
    const units = new Array<string | null>(n);
    for (let i = 0; i < n; i++) {
      units[i] = unitAt(i);
      const key = units[i] ?? '';
      sizes.set(key, (sizes.get(key) ?? 0) + 1);
    }
    const rec = recommend ? data.columns.get(recommend.id) : undefined;
    const satCol = satisfaction ? data.columns.get(satisfaction.id) : undefined;
    for (const q of commentQuestions) {
      const texts = data.columns.get(q.id)?.texts;
      if (!texts) continue;
      for (let i = 0; i < n; i++) {
        const text = texts[i];
        if (!text || !text.trim()) continue;
        const r = valueAt(rec, i);
        const s = valueAt(satCol, i);
        records.push({
          respondentId: data.respondentIds[i]!,
          questionId: q.id,
          waveYear: w.year,
          text,
          unit: units[i]!,
          npsGroup: npsGroupOf(r),
          recommend: r,
          satisfaction: s === null || !sat ? null : ((s - sat.min) / (sat.max - sat.min)) * 100,
        });
      }
    }
  }
  return {
    k,
    commentQuestions,
    unit,
    recommend,
    satisfaction,
    waves: waves.map((w) => w.year),
    records,
    unitSizes,
  };
}
