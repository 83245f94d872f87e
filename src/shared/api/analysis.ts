import { z } from 'zod';
import { languageSchema } from '../domain/language';
import type { DashboardResult, Suppressed } from '../analysis/dashboard';
import type { WaveAnalysis } from '../analysis/analyze';
import type { BreakdownResult, CrossedBreakdownResult } from '../analysis/breakdown';
import type { CommentsResult } from '../analysis/comments';
import type { Comparison } from '../analysis/compare';
import type { DriversResult, MapResult } from '../analysis/drivers';
import type { TrendResult } from '../analysis/trend';
import type { UnitSummary } from '../analysis/units';
import type { RakeTarget, WeightingReport } from '../analysis/weighting';
import { op } from './operation';
import { studyId } from './study';

const code = z.string().min(1).max(64);

export const filterSchema = z
  .array(z.object({ variable: code, values: z.array(z.string().min(1)).min(1) }))
  .max(8);

export const weightingSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('none') }),
  z.object({ kind: z.literal('column') }),
  /** Raked to the study's stored targets (analysis/setWeightingTargets); never targets per request. */
  z.object({ kind: z.literal('rake') }).strict(),
]);

export const rakeTargetsSchema = z
  .array(z.object({ variable: code, shares: z.record(z.string().min(1), z.number().min(0).max(1)) }))
  .max(8);

/** What every analysis takes: the wave, language, live filter and weighting. */
const common = {
  studyId,
  waveYear: z.number().int().optional(),
  lang: languageSchema.default('en'),
  filter: filterSchema.optional(),
  weighting: weightingSchema.optional(),
};

const driversSpec = {
  outcome: code.optional(),
  drivers: z.union([z.array(code).min(1).max(24), z.literal('performance')]).optional(),
  missing: z.enum(['listwise', 'pairwise']).default('pairwise'),
  bootstrap: z.object({ resamples: z.number().int().min(1).max(100_000), seed: z.number().int() }).optional(),
};

const mapSpec = {
  importance: z.enum(['stated', 'derived']).default('stated'),
  crosshair: z
    .union([
      z.enum(['mean', 'median', 'midpoint']),
      z.object({ performance: z.number(), importance: z.number() }),
    ])
    .default('mean'),
  diagonal: z.boolean().default(false),
};

export const analysisTaskSchemas = {
  /**
   * The study's EPSI-style index (op analysis/plsIndex, src/shared/api/pls.ts) of the filtered group:
   * the model estimated on the group's respondents, weighted as the dashboard (`weighting`, weighted
   * PLS-SEM) or unweighted without it; `byUnit` adds each unit's index.
   */
  plsIndex: z.object({
    studyId,
    waveYear: z.number().int().optional(),
    lang: languageSchema.default('en'),
    filter: filterSchema.optional(),
    weighting: weightingSchema.optional(),
    bootstrap: z.number().int().min(2).max(10_000).optional(),
    seed: z.number().int().min(0).max(0xffffffff).optional(),
    /** A wave year to compare with: the index difference by a two-sample bootstrap. */
    compareWith: z.number().int().optional(),
    /** A background question (the units): each unit's index from the group's model, hidden under k. */
    byUnit: code.optional(),
  }),
  /** The workshop dashboard (NPS, satisfaction, every touchpoint) of the wave, filtered and weighted. */
  dashboard: z.object({ ...common }),
  drivers: z.object({ ...common, ...driversSpec }),
  map: z.object({
    ...common,
    ...mapSpec,
    outcome: code.optional(),
    missing: z.enum(['listwise', 'pairwise']).default('pairwise'),
  }),
  breakdown: z.object({
    ...common,
    variable: code,
    variable2: code.optional(),
    /** A rating or NPS question; default every performance question, satisfaction and NPS. */
    question: code.optional(),
  }),
  compare: z.object({
    ...common,
    waveA: z.number().int(),
    waveB: z.number().int(),
    statistic: z.enum(['mean', 'index', 'top2']).default('index'),
    questions: z.array(code).optional(),
  }),
  weights: z.object({ ...common, weighting: weightingSchema }),
  /** Every KPI and touchpoint over every wave up to `waveYear` (default the latest), with its tests. */
  trend: z.object({ ...common }),
  analyze: z.object({ ...common, by: code.optional() }),
  /**
   * The open answers of the (filtered) group, masked for personal data, a page at a time; the group
   * (filter, and NPS group when given) must hold k respondents or nothing is quoted.
   */
  comments: z.object({
    ...common,
    question: code.optional(),
    npsGroup: z.enum(['promoter', 'passive', 'detractor']).optional(),
    search: z.string().max(200).optional(),
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(200).default(50),
  }),
};

/** Every analysis result says which wave, weighting and filter it rests on. */
export type Analysed<T> = {
  waveYear: number;
  anonymityK: number;
  weighting: WeightingReport;
  /** n is null when the filter is refused: a refused group's size is not shown either. */
  filter: { conditions: z.infer<typeof filterSchema>; n: number | null } | null;
  /**
   * The whole result is Suppressed when the filter would disclose a hidden group, when it differs
   * from a result already shown in this session by fewer than k respondents ('differencing'), or
   * when weighted results rest on an effective n below k ('effective-n').
   */
  result: T | Suppressed;
};

export type BreakdownOutput = { tables: (BreakdownResult | CrossedBreakdownResult)[]; units: UnitSummary[] };
export type CompareOutput = { waveA: number; waveB: number; comparisons: Comparison[] };

export const analysisOperations = {
  'analysis/dashboard': op(analysisTaskSchemas.dashboard).returns<Analysed<DashboardResult>>(),
  'analysis/drivers': op(analysisTaskSchemas.drivers).returns<Analysed<DriversResult>>(),
  'analysis/map': op(analysisTaskSchemas.map).returns<Analysed<MapResult>>(),
  'analysis/breakdown': op(analysisTaskSchemas.breakdown).returns<Analysed<BreakdownOutput>>(),
  'analysis/compare': op(analysisTaskSchemas.compare).returns<Analysed<CompareOutput>>(),
  'analysis/weights': op(analysisTaskSchemas.weights).returns<Analysed<WeightingReport>>(),
  'analysis/analyze': op(analysisTaskSchemas.analyze).returns<Analysed<WaveAnalysis>>(),
  /**
   * The trend over every wave up to `waveYear`: KPIs and touchpoints per wave (n, value) with Welch t
   * (indices) or the NPS difference z against the previous and the first wave, BH-adjusted per family.
   */
  'analysis/trend': op(analysisTaskSchemas.trend).returns<Analysed<TrendResult>>(),
  'analysis/comments': op(analysisTaskSchemas.comments).returns<Analysed<CommentsResult>>(),
  /** The study's rake targets (what weighting 'rake' uses); [] when none are set. */
  'analysis/getWeightingTargets': op(z.object({ studyId })).returns<{ targets: RakeTarget[] }>(),
  /**
   * Sets the study's rake targets (a consultant's action, stored in the study file). Refused when a
   * variable is not a background question, shares do not sum to 1, or any wave would need a weight
   * above MAX_RAKE_WEIGHT. [] removes them.
   */
  'analysis/setWeightingTargets': op(z.object({ studyId, targets: rakeTargetsSchema })).returns<{
    targets: RakeTarget[];
  }>(),
};

export type AnalysisTaskName = keyof typeof analysisTaskSchemas;
export type AnalysisTask = {
  [N in AnalysisTaskName]: { op: N; input: z.output<(typeof analysisTaskSchemas)[N]> };
}[AnalysisTaskName];
