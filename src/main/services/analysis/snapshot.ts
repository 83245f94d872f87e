/**
 * One wave as read from the study file, kept in memory while the study's data version holds: the
 * columns `loadWave` gives (rating/NPS values and missing codes, each background question's answer
 * codes), the respondent weights, the questionnaire, k and the stored rake targets. A live filter
 * or another weighting is then a mask over these columns (./columns.ts), never a reload; what
 * several analyses derive from the same columns (rake weights, a background question's grouping,
 * the question texts in a language) is derived once per snapshot.
 */
import type { Database } from 'better-sqlite3';
import type { WaveColumn } from '../../../shared/analysis/wave';
import type { RakeTarget } from '../../../shared/analysis/weighting';
import type { Questionnaire } from '../../../shared/domain/index';
import { readQuestionnaire } from '../store/questionnaire-repo';
import { loadWave } from '../store/responses-repo';
import { findWave, readStudyMeta } from '../store/study-repo';
import { readWeightingTargets } from './targets';
import type { UnitRule } from '../../../shared/analysis/unit-rules';
import { readUnitRules } from '../units/store';

export type WaveSnapshot = {
  k: number;
  wave: { id: number; year: number; respondents: number };
  questionnaire: Questionnaire;
  targets: RakeTarget[];
  /** The consultant's unit rules (merge into "Other", left out of breakdowns). */
  unitRules: UnitRule[];
  /** Respondent ids in the order of every column (ascending). */
  respondentIds: Int32Array;
  /** The respondent weight column. */
  weights: Float64Array;
  /** Range-scale questions by question id. */
  numeric: Map<number, WaveColumn>;
  /** Each background (single-choice or segment) question's answer codes by question id; null = none. */
  choices: Map<number, (string | null)[]>;
  /** Values derived from the snapshot, computed on first use (see `derived`). */
  memo: Map<string, unknown>;
  /** Approximate memory held, for the cache's bound. */
  bytes: number;
};

/** A question whose answers are read as numbers (ratings, NPS). */
export const isNumeric = (q: Questionnaire['questions'][number]): boolean => q.scale.kind === 'range';

/** A question whose answers group respondents (background questions). */
export const isChoice = (q: Questionnaire['questions'][number]): boolean =>
  q.scale.kind !== 'range' && (q.role === 'segment' || q.type === 'single');

function choiceCode(
  col: { values: Float64Array; missing: Uint8Array },
  texts: (string | null)[] | null,
  i: number,
): string | null {
  if (col.missing[i] !== 0) return null;
  const t = texts?.[i];
  if (t !== null && t !== undefined && t !== '') return t;
  const v = col.values[i]!;
  return Number.isNaN(v) ? null : String(v);
}

/** Reads one wave (the latest when `waveYear` is undefined) into a snapshot. */
export function readSnapshot(db: Database, waveYear: number | undefined): WaveSnapshot {
  const k = readStudyMeta(db).anonymityK;
  const wave = findWave(db, waveYear);
  const questionnaire = readQuestionnaire(db);
  const numericIds = questionnaire.questions.filter(isNumeric).map((q) => q.id);
  const choiceIds = questionnaire.questions.filter(isChoice).map((q) => q.id);
  const nums = loadWave(db, wave.id, numericIds);
  const numeric = new Map<number, WaveColumn>();
  for (const id of numericIds) {
    // the loaded column itself: one held as points makes its values only if an analysis reads them
    numeric.set(id, nums.columns.get(id)!);
  }
  const n = nums.respondentIds.length;
  const choices = new Map<number, (string | null)[]>();
  if (choiceIds.length) {
    const raw = loadWave(db, wave.id, choiceIds, true);
    for (const id of choiceIds) {
      const col = raw.columns.get(id)!;
      // Texts that are the values written as numbers give the same codes from the values.
      const texts = col.textsAreValues ? null : col.texts;
      const codes = new Array<string | null>(n);
      for (let i = 0; i < n; i++) codes[i] = choiceCode(col, texts, i);
      choices.set(id, codes);
    }
  }
  return {
    k,
    wave: { id: wave.id, year: wave.year, respondents: wave.respondents },
    questionnaire,
    targets: readWeightingTargets(db),
    unitRules: readUnitRules(db),
    respondentIds: nums.respondentIds,
    weights: nums.weights,
    numeric,
    choices,
    memo: new Map(),
    // at most: points, values (once made) and missing per rating, a pointer per background answer,
    // ids and weights
    bytes: n * (10 * numeric.size + 8 * choices.size + 12) + 64 * 1024,
  };
}

/** A value derived from the snapshot once (keyed by `key`), then reused by every analysis. */
export function derived<T>(snap: WaveSnapshot, key: string, make: () => T): T {
  if (snap.memo.has(key)) return snap.memo.get(key) as T;
  const v = make();
  snap.memo.set(key, v);
  return v;
}
