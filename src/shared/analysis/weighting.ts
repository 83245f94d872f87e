/**
 * How an analysis is weighted and filtered, and what the weighting did (bases, convergence).
 */

/**
 * none; `column` = the respondent weight stored with the data; `rake` = raked to the study's stored
 * target shares (set by the consultant, never chosen per request).
 */
export type WeightingChoice = { kind: 'none' } | { kind: 'column' } | { kind: 'rake' };

/**
 * The largest weight (relative to a mean of 1) raking may give a respondent. Targets that need more
 * are refused when set, and a wave they would need it for is suppressed: otherwise a few respondents
 * could be weighted up until the whole-wave result is theirs.
 */
export const MAX_RAKE_WEIGHT = 5;

/** Target shares (summing to 1) of the options of one background question. */
export type RakeTarget = { variable: string; shares: Record<string, number> };

/** Live workshop filter: every condition must hold (variable = one of the values). */
export type AnalysisFilter = { variable: string; values: string[] }[];

export type RakeReport = {
  converged: boolean;
  iterations: number;
  maxError: number;
  designEffect: number;
  /** Respondents left out of the raking (no answer, or an option without a target). */
  excluded: number;
  margins: { variable: string; code: string; target: number; unweighted: number; weighted: number }[];
};

export type WeightingReport = {
  kind: WeightingChoice['kind'];
  /** Respondents (unweighted base). */
  unweightedN: number;
  /** Σ weights (weighted base). */
  weightedN: number;
  /** Kish effective n = (Σw)²/Σw². */
  effectiveN: number;
  /** Respondents with no usable weight (left out of weighted results). */
  excluded: number;
  rake?: RakeReport;
};
