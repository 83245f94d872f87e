import type { Database } from 'better-sqlite3';
import { analyseWave } from '../../../shared/analysis/analyze';
import type { BreakdownResult, CrossedBreakdownResult } from '../../../shared/analysis/breakdown';
import { breakdown, crossedBreakdown } from '../../../shared/analysis/breakdown';
import type { Comparison } from '../../../shared/analysis/compare';
import { compareWaves } from '../../../shared/analysis/compare';
import { wordingDiffers } from './wording';
import { trendAnalysis } from '../../../shared/analysis/trend';
import { readWaves } from '../store/study-repo';
import { driverAnalysis, importanceMap } from '../../../shared/analysis/drivers';
import type { UnitSummary } from '../../../shared/analysis/units';
import { unitSummary } from '../../../shared/analysis/units';
import { groupingOf, measureOf } from '../../../shared/analysis/wave';
import type { Analysed, AnalysisTask, BreakdownOutput, CompareOutput } from '../../../shared/api/analysis';
import { AppError } from '../../../shared/api/errors';
import { waveDashboard } from '../../../shared/analysis/wave-dashboard';
import type { LoadedAnalysis, LoadOptions } from './columns';
import { analysisData } from './columns';
import type { WaveSnapshot } from './snapshot';
import { readSnapshot } from './snapshot';
import { analysisLimit } from './limits';
import type { Release } from './releases';
import type { CommentsResult } from '../../../shared/analysis/comments';
import type { Suppressed } from '../../../shared/analysis/dashboard';
import { listComments } from '../../../shared/analysis/comments';
import { loadWave } from '../store/responses-repo';
import { plsIndexReleasing } from '../pls/store';

type Common = Extract<AnalysisTask, { op: 'analyze' }>['input'];

/**
 * Where a task reads the study: its waves (from memory when the caller keeps them, ./snapshot.ts)
 * and, for the little that is not part of a wave (question wording per wave), the connection.
 */
export type AnalysisSource = { wave(year: number | undefined): WaveSnapshot; db(): Database };

/** A source that reads everything from the connection (no snapshot outlives the task). */
export function directSource(db: Database): AnalysisSource {
  const waves = new Map<string, WaveSnapshot>();
  return {
    wave(year) {
      const key = String(year);
      let w = waves.get(key);
      if (!w) waves.set(key, (w = readSnapshot(db, year)));
      return w;
    },
    db: () => db,
  };
}

function load(
  src: AnalysisSource,
  input: Common,
  waveYear = input.waveYear,
  needs?: LoadOptions['needs'],
): LoadedAnalysis {
  return analysisData(src.wave(waveYear), {
    waveYear,
    lang: input.lang,
    filter: input.filter,
    weighting: input.weighting,
    needs,
  });
}

/** What the dashboard reads: touchpoint ratings, satisfaction and NPS (no background columns). */
const DASHBOARD_NEEDS: LoadOptions['needs'] = {
  numeric: (q) => ['performance', 'outcome-satisfaction', 'outcome-recommend', 'loyalty'].includes(q.role),
  segments: false,
};

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
  src: AnalysisSource,
  input: Extract<AnalysisTask, { op: 'compare' }>['input'],
): Analysed<CompareOutput> {
  const a = load(src, input, input.waveA);
  const b = load(src, input, input.waveB);
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
        return wordingDiffers(src.db(), c, a.data.year, b.data.year)
          ? { ...comparison, wordingChanged: true }
          : comparison;
      });
      return { waveA: a.data.year, waveB: b.data.year, comparisons };
    },
    [a],
  );
}

/** Every answered wave up to the asked one (default the latest), each filtered and weighted alike. */
function trendTask(
  src: AnalysisSource,
  input: Extract<AnalysisTask, { op: 'trend' }>['input'],
): Analysed<unknown> {
  const years = readWaves(src.db())
    .filter((w) => w.respondents > 0 && (input.waveYear === undefined || w.year <= input.waveYear))
    .map((w) => w.year);
  if (years.length === 0) throw new AppError('ANALYSIS_NO_DATA', 'the study has no answers yet');
  const loaded = years.map((y) => load(src, input, y, TREND_NEEDS));
  // Refused for the newest wave refuses the whole trend; an older wave refused shows as hidden.
  return envelope(
    loaded[loaded.length - 1]!,
    input,
    () =>
      trendAnalysis(
        loaded.map((l) => ({
          year: l.data.year,
          data: l.data,
          refused: l.refused,
          base: { n: l.filterN, weightedN: l.weighting.weightedN, effectiveN: l.weighting.effectiveN },
        })),
        { wordingDiffers: (code, a, b) => wordingDiffers(src.db(), code, a, b) },
      ),
    loaded.slice(0, -1),
  );
}

const TREND_NEEDS: LoadOptions['needs'] = {
  numeric: (q) => ['performance', 'outcome-satisfaction', 'outcome-recommend', 'loyalty'].includes(q.role),
  segments: false,
};

/** What the comments panel reads from the wave in memory: NPS (for the NPS group) and the filter's columns. */
const COMMENTS_NEEDS: LoadOptions['needs'] = { numeric: (q) => q.role === 'outcome-recommend' };

/**
 * The open answers of the filtered group: the texts are read from the file (the wave in memory holds
 * no texts), aligned on the respondents the filter keeps, then listed, masked and paged by
 * listComments, which also refuses a group (filter and NPS group) under k.
 */
function commentsTask(
  src: AnalysisSource,
  input: Extract<AnalysisTask, { op: 'comments' }>['input'],
): Analysed<CommentsResult> {
  const snap = src.wave(input.waveYear);
  const l = load(src, { ...input, weighting: { kind: 'none' } }, input.waveYear, COMMENTS_NEEDS);
  // Analysed<CommentsResult | Suppressed> is Analysed<CommentsResult>: result is T | Suppressed.
  return envelope<CommentsResult | Suppressed>(l, input, () => {
    const open = snap.questionnaire.questions.filter((q) => q.type === 'text' || q.role === 'comment');
    const metas = new Map(l.data.questions.map((q) => [q.code, q]));
    const loaded = open.length
      ? loadWave(
          src.db(),
          snap.wave.id,
          open.map((q) => q.id),
          true,
        )
      : null;
    const keep = l.selection ? new Set(l.selection) : null;
    const ids = loaded?.respondentIds ?? new Int32Array(0);
    const questions = open.map((q) => {
      const texts = loaded?.columns.get(q.id)?.texts ?? [];
      const answers: (string | null)[] = [];
      for (let i = 0; i < ids.length; i++) if (!keep || keep.has(ids[i]!)) answers.push(texts[i] ?? null);
      return { code: q.code, text: metas.get(q.code)?.text ?? q.code, answers };
    });
    const npsQ = l.data.questions.find((q) => q.role === 'outcome-recommend' && q.scale);
    const nps = npsQ ? (l.data.columns.get(npsQ.code) ?? null) : null;
    return listComments({ k: l.data.k, questions, nps, respondents: l.data.respondents }, input);
  }) as Analysed<CommentsResult>;
}

/** A task's result with the filtered respondent sets it releases (never sent to a client). */
export type TaskOutput = { value: Analysed<unknown>; released: Release[] };

/** runTask with the respondent sets the result rests on, for the session's differencing check. */
export function runTaskWithReleases(from: Database | AnalysisSource, task: AnalysisTask): TaskOutput {
  if (task.op === 'plsIndex') {
    const out = plsIndexReleasing(isSource(from) ? from : directSource(from), task.input);
    return { value: out.value as unknown as Analysed<unknown>, released: out.released };
  }
  const value = runTask(from, task) as Analysed<unknown>;
  return { value, released: releases.get(value) ?? [] };
}

const isSource = (x: Database | AnalysisSource): x is AnalysisSource =>
  typeof (x as Partial<AnalysisSource>).wave === 'function';

/**
 * Runs one analysis task against an open study connection, or against waves kept in memory (the
 * worker's and the in-thread runner's cache).
 */
export function runTask(from: Database | AnalysisSource, task: AnalysisTask): unknown {
  const src = isSource(from) ? from : directSource(from);
  try {
    switch (task.op) {
      case 'dashboard': {
        const l = load(src, task.input, task.input.waveYear, DASHBOARD_NEEDS);
        return envelope(l, task.input, () => waveDashboard(l.data));
      }
      case 'drivers': {
        const l = load(src, task.input);
        return envelope(l, task.input, () => driverAnalysis(l.data, task.input));
      }
      case 'map': {
        const l = load(src, task.input);
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
        const l = load(src, task.input);
        return envelope(l, task.input, () => breakdownTask(l, task.input));
      }
      case 'compare':
        return compareTask(src, task.input);
      case 'trend':
        return trendTask(src, task.input);
      case 'weights': {
        const l = load(src, task.input);
        return envelope(l, task.input, () => l.weighting);
      }
      case 'analyze': {
        const l = load(src, task.input);
        return envelope(l, task.input, () => analyseWave(l.data, { by: task.input.by }));
      }
      case 'comments':
        return commentsTask(src, task.input);
      case 'plsIndex':
        return plsIndexReleasing(src, task.input).value;
    }
  } catch (e) {
    if (e instanceof AppError) throw e;
    // A known limit of the data or the method gets its own code; anything else is a bug (INTERNAL).
    throw analysisLimit(e) ?? e;
  }
}
