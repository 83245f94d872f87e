import type { Database } from 'better-sqlite3';
import { analyseWave } from '../../../shared/analysis/analyze';
import type { BreakdownResult, CrossedBreakdownResult } from '../../../shared/analysis/breakdown';
import { breakdown, crossedBreakdown } from '../../../shared/analysis/breakdown';
import type { Comparison } from '../../../shared/analysis/compare';
import { compareWaves } from '../../../shared/analysis/compare';
import { wordingDiffers } from './wording';
import { driverAnalysis, importanceMap } from '../../../shared/analysis/drivers';
import type { UnitSummary } from '../../../shared/analysis/units';
import { unitSummary } from '../../../shared/analysis/units';
import { groupingOf, measureOf } from '../../../shared/analysis/wave';
import type { Analysed, AnalysisTask, BreakdownOutput, CompareOutput } from '../../../shared/api/analysis';
import { AppError } from '../../../shared/api/errors';
import type { LoadedAnalysis } from './columns';
import { loadAnalysisData } from './columns';
import { analysisLimit } from './limits';
import type { Release } from './releases';

type Common = Extract<AnalysisTask, { op: 'analyze' }>['input'];

function load(db: Database, input: Common, waveYear = input.waveYear): LoadedAnalysis {
  return loadAnalysisData(db, {
    waveYear,
    lang: input.lang,
    filter: input.filter,
    weighting: input.weighting,
  });
}

/** Every filtered respondent set a task's result rests on (one per wave it reads). */
const releases = new WeakMap<object, Release[]>();

function released(l: LoadedAnalysis): Release[] {
  return l.selection && !l.refused ? [{ waveYear: l.data.year, ids: l.selection }] : [];
}

function envelope<T>(
  l: LoadedAnalysis,
  input: Common,
  compute: () => T,
  also: readonly LoadedAnalysis[] = [],
): Analysed<T> {
  const out: Analysed<T> = {
    waveYear: l.data.year,
    anonymityK: l.data.k,
    weighting: l.weighting,
    filter: input.filter?.length ? { conditions: input.filter, n: l.refused ? null : l.filterN } : null,
    result: l.refused ?? compute(),
  };
  releases.set(out, [...also.flatMap(released), ...released(l)]);
  return out;
}

function breakdownTask(
  l: LoadedAnalysis,
  input: Extract<AnalysisTask, { op: 'breakdown' }>['input'],
): BreakdownOutput {
  const w = l.data;
  const by = groupingOf(w, input.variable);
  const by2 = input.variable2 ? groupingOf(w, input.variable2) : null;
  const codes = input.question
    ? [input.question]
    : w.questions
        .filter(
          (q) => q.scale && ['performance', 'outcome-satisfaction', 'outcome-recommend'].includes(q.role),
        )
        .map((q) => q.code);
  const tables: (BreakdownResult | CrossedBreakdownResult)[] = [];
  const units: UnitSummary[] = [];
  for (const c of codes) {
    const m = measureOf(w, c);
    if (by2) {
      tables.push(crossedBreakdown(m, by, by2, { k: w.k, weights: w.weights }));
    } else {
      const b = breakdown(m, by, { k: w.k, weights: w.weights });
      tables.push(b);
      units.push(unitSummary(b));
    }
  }
  return { tables, units };
}

function compareTask(
  db: Database,
  input: Extract<AnalysisTask, { op: 'compare' }>['input'],
): Analysed<CompareOutput> {
  const a = load(db, input, input.waveA);
  const b = load(db, input, input.waveB);
  const codes =
    input.questions ??
    b.data.questions
      .filter(
        (q) =>
          q.scale && ['performance', 'outcome-satisfaction', 'outcome-recommend', 'loyalty'].includes(q.role),
      )
      .map((q) => q.code);
  return envelope(
    b,
    input,
    () => {
      if (a.refused) return a.refused as never;
      const comparisons: Comparison[] = codes.map((c) => {
        const mb = measureOf(b.data, c);
        const ma = measureOf(a.data, c);
        const stat = mb.statistic === 'nps' ? 'nps' : input.statistic;
        const comparison = compareWaves(
          mb,
          stat,
          { values: ma.values, missing: ma.missing, weights: a.data.weights },
          { values: mb.values, missing: mb.missing, weights: b.data.weights },
          b.data.k,
        );
        return wordingDiffers(db, c, a.data.year, b.data.year)
          ? { ...comparison, wordingChanged: true }
          : comparison;
      });
      return { waveA: a.data.year, waveB: b.data.year, comparisons };
    },
    [a],
  );
}

/** A task's result with the filtered respondent sets it releases (never sent to a client). */
export type TaskOutput = { value: Analysed<unknown>; released: Release[] };

/** runTask with the respondent sets the result rests on, for the session's differencing check. */
export function runTaskWithReleases(db: Database, task: AnalysisTask): TaskOutput {
  const value = runTask(db, task) as Analysed<unknown>;
  return { value, released: releases.get(value) ?? [] };
}

/** Runs one analysis task against an open study connection (in the worker or in-thread). */
export function runTask(db: Database, task: AnalysisTask): unknown {
  try {
    switch (task.op) {
      case 'drivers': {
        const l = load(db, task.input);
        return envelope(l, task.input, () => driverAnalysis(l.data, task.input));
      }
      case 'map': {
        const l = load(db, task.input);
        const { importance, crosshair, diagonal, outcome, missing } = task.input;
        return envelope(l, task.input, () =>
          importanceMap(
            l.data,
            { importance, crosshair, diagonal },
            importance === 'derived'
              ? driverAnalysis(l.data, { outcome, missing, drivers: 'performance' })
              : undefined,
          ),
        );
      }
      case 'breakdown': {
        const l = load(db, task.input);
        return envelope(l, task.input, () => breakdownTask(l, task.input));
      }
      case 'compare':
        return compareTask(db, task.input);
      case 'weights': {
        const l = load(db, task.input);
        return envelope(l, task.input, () => l.weighting);
      }
      case 'analyze': {
        const l = load(db, task.input);
        return envelope(l, task.input, () => analyseWave(l.data, { by: task.input.by }));
      }
    }
  } catch (e) {
    if (e instanceof AppError) throw e;
    // A known limit of the data or the method gets its own code; anything else is a bug (INTERNAL).
    throw analysisLimit(e) ?? e;
  }
}
