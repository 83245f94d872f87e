/**
 * The statistics functions refuse impossible requests with `Error('fn: reason')`. Some of those are
 * genuine limits of the data or of a method (too many drivers for exact Shapley, too few complete
 * respondents, a question everyone answered alike): each becomes an AppError with its own code and
 * the numbers the UI needs to say what to do. Anything else is a bug and is left as it is, so the
 * dispatcher reports it as INTERNAL and logs it.
 */
import { AppError } from '../../../shared/api/errors';

type Rule = { re: RegExp; make: (m: RegExpMatchArray) => AppError };

const RULES: Rule[] = [
  {
    re: /^(?:allSubsetsR2|shapleyNaive|shapley\w*): (\d+) drivers, at most (\d+)/,
    make: (m) =>
      new AppError(
        'ANALYSIS_TOO_MANY_DRIVERS',
        `${m[1]} drivers; at most ${m[2]} for exact Shapley — group them by journey stage or use relative weights`,
        { drivers: Number(m[1]), max: Number(m[2]) },
      ),
  },
  {
    re: /^owen: (\d+) groups, at most (\d+)/,
    make: (m) =>
      new AppError(
        'ANALYSIS_TOO_MANY_DRIVERS',
        `${m[1]} journey stages; at most ${m[2]} for the Owen decomposition — merge stages or choose fewer drivers`,
        { drivers: Number(m[1]), max: Number(m[2]) },
      ),
  },
  {
    re: /only (\d+) (?:complete )?respondents(?: \(need (\d+)\))?/,
    make: (m) =>
      new AppError(
        'ANALYSIS_TOO_FEW_RESPONDENTS',
        `only ${m[1]} respondents answered every question the analysis needs${m[2] ? ` (it needs ${m[2]})` : ''} — choose fewer drivers, pairwise deletion or a wider selection`,
        { n: Number(m[1]), ...(m[2] ? { need: Number(m[2]) } : {}) },
      ),
  },
  {
    re: /(\d+) respondents are too few for (\d+) drivers \(need (\d+)\)/,
    make: (m) =>
      new AppError(
        'ANALYSIS_TOO_FEW_RESPONDENTS',
        `only ${m[1]} respondents for ${m[2]} drivers (it needs ${m[3]}) — choose fewer drivers or a wider selection`,
        { n: Number(m[1]), need: Number(m[3]) },
      ),
  },
  {
    // Pairwise deletion on a small selection: the correlations do not fit together.
    re: /correlation matrix is not positive definite/,
    make: () =>
      new AppError(
        'ANALYSIS_TOO_FEW_RESPONDENTS',
        'the answers in this selection are too few or too patchy for this many drivers — choose fewer drivers, listwise deletion or a wider selection',
      ),
  },
  {
    re: /: no weight$|every resample was degenerate|quantileSorted: no values/,
    make: () =>
      new AppError('ANALYSIS_NO_DATA', 'there are no usable answers for this analysis in this selection'),
  },
  {
    re: /^\w+: (.+?) has no variance/,
    make: (m) =>
      new AppError(
        'ANALYSIS_NO_VARIANCE',
        `${m[1]}: every respondent gave the same answer, so it cannot explain anything — leave it out`,
        { question: m[1]! },
      ),
  },
  {
    re: /singular|pivot \d+ is zero/,
    make: () =>
      new AppError(
        'ANALYSIS_COLLINEAR',
        'two or more drivers measure the same thing (their answers are perfectly correlated) — leave one of them out',
      ),
  },
  {
    re: /^defaultOutcome: /,
    make: () =>
      new AppError(
        'ANALYSIS_NO_OUTCOME',
        'the study has no overall satisfaction or recommendation question to explain — mark one in the questionnaire',
      ),
  },
  {
    re: /^(?:driverAnalysis|bootstrapImportance): no drivers?(?: questions)?$/,
    make: () =>
      new AppError(
        'ANALYSIS_NO_DRIVERS',
        'there are no touchpoint performance questions to use as drivers — mark the rating questions as performance',
      ),
  },
  {
    // The caller named a question that is not there or not of the kind asked for: genuinely bad input.
    re: /^(?:question|measureOf|groupingOf): (.+)$/,
    make: (m) => new AppError('INVALID_INPUT', m[1]!),
  },
];

/** The AppError for a known data or method limit, or null when `e` is a bug. */
export function analysisLimit(e: unknown): AppError | null {
  if (!(e instanceof Error) || e instanceof AppError) return null;
  for (const r of RULES) {
    const m = e.message.match(r.re);
    if (m) return r.make(m);
  }
  return null;
}
