import type { PlsIndexResult, PlsModel } from '../api/pls';
import type { ThemesResult } from '../api/comments';
import type { BreakdownResult, CrossedBreakdownResult } from '../analysis/breakdown';
import type { DashboardResult, Suppressed } from '../analysis/dashboard';
import { isSuppressed } from '../analysis/dashboard';
import type { DriversResult, MapResult } from '../analysis/drivers';
import type { TrendResult } from '../analysis/trend';
import type { UnitSummary } from '../analysis/units';
import type { CompareOutput } from '../api/analysis';

/** One comment as the report receives it: the text and the writer's 0–10 recommendation (no id). */
/** A comment as the report may quote it, with the consultant's choice: chosen as a quote, or never quoted. */
export type CommentEntry = { text: string; recommend: number | null; quote?: 'chosen' | 'hidden' | null };

/**
 * The analyses behind the full report, gathered by the service through the same functions the API
 * runs. Every part is optional: a study with one wave has no `compare`, one without NPS no
 * `driversNps`, and a part that is missing simply leaves its chapter out.
 */
export type ReportAnalyses = {
  /** Every wave of the study up to the reported one, for the method appendix. */
  waves: { year: number; label: string; respondents: number }[];
  compare: CompareOutput | Suppressed | null;
  /** Every wave up to the reported one (its chapter from three waves on). */
  trend?: TrendResult | Suppressed | null;
  map: MapResult | Suppressed | null;
  driversSat: DriversResult | Suppressed | null;
  driversNps: DriversResult | Suppressed | null;
  units: {
    variableText: string;
    tables: BreakdownResult[];
    summaries: UnitSummary[];
    /** Satisfaction by unit × a second background variable, and that variable's name. */
    crossed: CrossedBreakdownResult | null;
    crossedVariableText: string | null;
  } | null;
  comments: {
    questionText: string;
    entries: CommentEntry[];
    /** Theme figures by unit (the codebook's themes), when the study codes its comments. */
    themes?: ThemesResult | null;
  } | null;
  /** The EPSI-style index of the study's PLS model, when it has one (whole-study reports only). */
  plsIndex?: PlsIndexResult | null;
  /** The model behind plsIndex: the constructs' names per language. */
  plsModel?: PlsModel | null;
  /** The study's unit rules in words (variable, merge size, "Other"'s name, excluded units), for the method page. */
  unitRules?: MethodUnitRule[];
  /**
   * Chapters that were left out, and why: a limit of the data (too few respondents, a touchpoint
   * everyone rated alike …) or anonymity. The report prints a short notice in the chapter's place.
   */
  omitted?: OmittedChapter[];
};

export type MethodUnitRule = {
  variable: string;
  mergeBelow: number | null;
  mergedLabel: string;
  excluded: string[];
};

export type ReportChapter = 'change' | 'map' | 'drivers' | 'units';

/** `reason` is an error code (ANALYSIS_…) or `anonymity` for a result hidden for k. */
export type OmittedChapter = { chapter: ReportChapter; reason: string };

/** The value when it is a result, null when it is missing or suppressed. */
export function shown<T extends object>(x: T | Suppressed | null | undefined): T | null {
  return x && !isSuppressed(x) ? x : null;
}

/** Short display names (the touchpoint's name) of the dashboard's questions, by question code. */
export function touchpointNames(d: DashboardResult): Record<string, string> {
  const names: Record<string, string> = {};
  for (const t of d.touchpoints) names[t.questionCode] = t.touchpointText ?? t.text;
  return names;
}
