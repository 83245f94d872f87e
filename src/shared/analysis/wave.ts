/**
 * One wave's data as the analyses take it: question metadata, columnar answers, segment codes and the
 * chosen respondent weights. Filled from the study file by src/main/services/analysis/columns.ts.
 */
import type { Language } from '../domain/language';
import type { QuestionRole, QuestionType } from '../domain/questionnaire';
import type { Measure } from './breakdown';
import type { GroupInfo, Grouping } from './grouping';
import { groupingFromCodes } from './grouping';
import type { UnitRule } from './unit-rules';
import { applyUnitRule, ruleFor } from './unit-rules';
import type { GroupedHistogram } from './histogram';
import { columnInput, groupedHistogram, sumSlices } from './histogram';
import { NO_POINT } from '../stats/points';

export type QuestionMeta = {
  code: string;
  text: string;
  type: QuestionType;
  role: QuestionRole;
  /** Range scales only. */
  scale: { min: number; max: number } | null;
  touchpointCode: string | null;
  touchpointText: string | null;
  stageText: string | null;
  /** For an importance question: the code of the performance question it weighs. */
  weighs: string | null;
  /** Choice options (segments). */
  options: GroupInfo[];
};

export type WaveColumn = {
  readonly values: Float64Array;
  readonly missing: Uint8Array;
  /** The values in one byte each, when all are whole numbers 0–254 (see stats/points.ts). */
  readonly points?: Uint8Array | undefined;
};

export type WaveData = {
  year: number;
  respondents: number;
  k: number;
  /** Questions in journey order. */
  questions: QuestionMeta[];
  columns: Map<string, WaveColumn>;
  /** Choice answers (the option code) of segment questions. */
  segments: Map<string, (string | null)[]>;
  /** Respondent weights in use; undefined = unweighted. */
  weights: Float64Array | undefined;
  /** The study's unit rules and the language of the "Other" label; applied by `groupingOf`. */
  units?: { rules: readonly UnitRule[]; lang: Language } | undefined;
};

export const RATING_ROLES: readonly QuestionRole[] = [
  'performance',
  'importance',
  'outcome-satisfaction',
  'loyalty',
  'other',
];

export function question(w: WaveData, code: string): QuestionMeta {
  const q = w.questions.find((x) => x.code.toLowerCase() === code.toLowerCase());
  if (!q) throw new Error(`question: the study has no question ${code}`);
  return q;
}

/** A rating or NPS question as a measure for breakdowns and comparisons. */
export function measureOf(w: WaveData, code: string): Measure {
  const q = question(w, code);
  const col = w.columns.get(q.code);
  if (!q.scale || !col) throw new Error(`measureOf: ${q.code} is not a rating or NPS question`);
  const statistic = q.role === 'outcome-recommend' ? 'nps' : 'mean';
  return {
    code: q.code,
    label: q.text,
    // read from the column when asked for: one held as points makes them only then (see stats/points.ts)
    get values() {
      return col.values;
    },
    missing: col.missing,
    points: col.points,
    scale: q.scale,
    statistic,
  };
}

/** A segment question as a grouping of the respondents. */
export function groupingOf(w: WaveData, code: string, noAnswerLabel = 'No answer'): Grouping {
  const q = question(w, code);
  const answers = w.segments.get(q.code);
  if (!answers) throw new Error(`groupingOf: ${q.code} is not a background (single-choice) question`);
  const g = groupingFromCodes(q.code, q.text, answers, q.options, noAnswerLabel);
  return w.units ? applyUnitRule(g, ruleFor(w.units.rules, q.code), w.units.lang) : g;
}

/**
 * Values with NaN wherever a missing code is set (don't know / not applicable stored with their
 * code). A column where every missing code already has no value is returned as it is, not copied:
 * the result is read only.
 */
export function cleanValues(col: WaveColumn): Float64Array {
  const { values, missing } = col;
  let clean = true;
  for (let i = 0; i < values.length && clean; i++) {
    const v = values[i]!;
    if (missing[i] !== 0 && v === v) clean = false;
  }
  if (clean) return values;
  const out = new Float64Array(values.length);
  for (let i = 0; i < out.length; i++) out[i] = missing[i] === 0 ? values[i]! : NaN;
  return out;
}

/**
 * {@link cleanValues} of a column held as points: 255 wherever a missing code is set; the points
 * themselves when no missing code has a value. Undefined for a column without points.
 */
export function cleanPoints(col: WaveColumn): Uint8Array | undefined {
  const { points, missing } = col;
  if (!points) return undefined;
  let out: Uint8Array | undefined;
  for (let t0 = 0; t0 < points.length; t0 += 4096) {
    const t1 = Math.min(points.length, t0 + 4096);
    if (!out && firstCoded(points, missing, t0, t1) < 0) continue;
    out ??= points.slice();
    blankCoded(out, missing, t0, t1);
  }
  return out ?? points;
}

/** The first row of t0..t1 with a missing code and a value, or −1. */
function firstCoded(points: Uint8Array, missing: Uint8Array, t0: number, t1: number): number {
  for (let i = t0; i < t1; i++) if (missing[i] !== 0 && points[i] !== NO_POINT) return i;
  return -1;
}

/** Rows t0..t1 with a missing code lose their value. */
function blankCoded(points: Uint8Array, missing: Uint8Array, t0: number, t1: number): void {
  for (let i = t0; i < t1; i++) if (missing[i] !== 0) points[i] = NO_POINT;
}

const memo = new WeakMap<WaveData, Map<string, GroupedHistogram>>();

/**
 * The ungrouped histogram of a rating or NPS question with the wave's weights, computed once per
 * WaveData object (columns are never mutated once loaded), so the descriptives and the map of one
 * analysis share one pass over the data; pass `grouped` (the same column by any grouping) to derive
 * it from a breakdown's histogram instead of reading the column again. A new analysis loads a new WaveData, so nothing goes stale.
 *
 * @throws Error('waveHistogram: …') when the values are not whole scale points.
 */
export function waveHistogram(w: WaveData, code: string, grouped?: GroupedHistogram): GroupedHistogram {
  let byCode = memo.get(w);
  if (!byCode) memo.set(w, (byCode = new Map()));
  const m = measureOf(w, code);
  const hit = byCode.get(m.code);
  if (hit) return hit;
  if (grouped) {
    const collapsed = collapse(grouped);
    byCode.set(m.code, collapsed);
    return collapsed;
  }
  const scale = m.statistic === 'nps' ? { min: 0, max: 10 } : m.scale;
  const h = groupedHistogram(columnInput(m, { weights: w.weights, scale }));
  if (!h) throw new Error(`waveHistogram: ${m.code} has values that are not whole scale points`);
  byCode.set(m.code, h);
  return h;
}

function collapse(h: GroupedHistogram): GroupedHistogram {
  const s = sumSlices(h);
  return {
    ...h,
    groups: 1,
    count: s.count,
    wsum: h.weighted ? s.wsum : s.count,
    w2sum: h.weighted ? s.w2sum : s.count,
  };
}
