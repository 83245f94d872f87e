/**
 * The whole analysis of one wave, as the dashboard, the CLI's `analyze` and the benchmark run it:
 * descriptives of every rating, NPS, key drivers, the importance–performance map, and optionally a
 * breakdown of every touchpoint, satisfaction and NPS by a background variable with the best unit and
 * consistency. Everything honours the anonymity threshold k.
 */
import type { BreakdownResult, Cell } from './breakdown';
import { anonymityN, breakdown, cellOf, histogramOf, suppressedCell } from './breakdown';
import type { Suppressed } from './dashboard';
import type { DriversResult, DriversSpec, MapResult, MapSpec } from './drivers';
import { driverAnalysis, importanceMap } from './drivers';
import { sliceN, sumSlices } from './histogram';
import type { UnitSummary } from './units';
import { unitSummary } from './units';
import type { WaveData } from './wave';
import { RATING_ROLES, groupingOf, measureOf, waveHistogram } from './wave';

export type QuestionResult = {
  code: string;
  text: string;
  role: string;
  touchpointText: string | null;
  scale: { min: number; max: number };
  result: Cell | Suppressed;
};

export type WaveAnalysis = {
  waveYear: number;
  respondents: number;
  anonymityK: number;
  weighted: boolean;
  descriptives: QuestionResult[];
  nps: QuestionResult | null;
  drivers: DriversResult | Suppressed | { error: string } | null;
  map: MapResult | { error: string } | null;
  breakdowns: BreakdownResult[];
  units: UnitSummary[];
};

export type AnalyzeSpec = {
  by?: string | undefined;
  drivers?: DriversSpec | false | undefined;
  map?: MapSpec | false | undefined;
};

/** Descriptives (or NPS) of one question over the whole (filtered) wave; n < k is suppressed. */
export function describeQuestion(w: WaveData, code: string): QuestionResult {
  const m = measureOf(w, code);
  const q = w.questions.find((x) => x.code === m.code)!;
  const h = waveHistogram(w, m.code);
  const s = sumSlices(h);
  const n = sliceN(s);
  const result =
    n < w.k || w.respondents < w.k
      ? suppressedCell(w.k, 'below-k')
      : anonymityN(s, h.weighted) < w.k
        ? suppressedCell(w.k, 'effective-n')
        : cellOf(s, m, h.weighted);
  return {
    code: q.code,
    text: q.text,
    role: q.role,
    touchpointText: q.touchpointText,
    scale: q.scale!,
    result,
  };
}

function attempt<T>(f: () => T): T | { error: string } {
  try {
    return f();
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e) };
  }
}

/**
 * Runs every section. Drivers and the map report an `{ error }` instead of failing the whole
 * analysis (e.g. too few respondents for the number of drivers).
 */
export function analyseWave(w: WaveData, spec: AnalyzeSpec = {}): WaveAnalysis {
  const ratings = w.questions.filter((q) => q.scale && RATING_ROLES.includes(q.role));
  const npsQ = w.questions.find((q) => q.role === 'outcome-recommend' && q.scale);
  const breakdowns: BreakdownResult[] = [];
  const units: UnitSummary[] = [];
  if (spec.by) {
    const by = groupingOf(w, spec.by);
    const measured = w.questions.filter(
      (q) =>
        q.scale &&
        (q.role === 'performance' || q.role === 'outcome-satisfaction' || q.role === 'outcome-recommend'),
    );
    for (const q of measured) {
      const m = measureOf(w, q.code);
      const histogram = histogramOf(m, by.index, by.groups.length, w.weights);
      waveHistogram(w, q.code, histogram);
      const b = breakdown(m, by, { k: w.k, weights: w.weights, histogram });
      breakdowns.push(b);
      if (q.role === 'performance') units.push(unitSummary(b));
    }
  }
  const drivers = spec.drivers === false ? null : attempt(() => driverAnalysis(w, spec.drivers || {}));
  const map =
    spec.map === false
      ? null
      : attempt(() =>
          importanceMap(w, spec.map || {}, drivers && !('error' in drivers) ? drivers : undefined),
        );
  return {
    waveYear: w.year,
    respondents: w.respondents,
    anonymityK: w.k,
    weighted: w.weights !== undefined,
    descriptives: ratings.map((q) => describeQuestion(w, q.code)),
    nps: npsQ ? describeQuestion(w, npsQ.code) : null,
    drivers,
    map,
    breakdowns,
    units,
  };
}
