import { AppError } from '../../../shared/api/errors';
import type { QuestionMeta } from '../../../shared/analysis/wave';
import type { RakeReport, RakeTarget } from '../../../shared/analysis/weighting';
import { rake } from '../../../shared/stats/weighting';

/**
 * Rakes the wave to the study's stored target shares of background questions with `rake` (src/shared/stats/weighting,
 * Deming & Stephan 1940). Respondents without an answer, or with an option that has no target, are
 * left out (weight 0) and counted. Returns the weights (mean 1 over the included) and a report with
 * convergence and, per option, the target, unweighted and weighted shares.
 */
export function rakeWeights(
  metas: readonly QuestionMeta[],
  segments: ReadonlyMap<string, readonly (string | null)[]>,
  targets: readonly RakeTarget[],
): { weights: Float64Array; report: RakeReport } {
  if (targets.length === 0)
    throw new AppError(
      'WEIGHTING_NO_TARGETS',
      "raking needs the study's weighting targets: set them first (analysis/setWeightingTargets)",
    );
  const first = segments.values().next().value;
  const n = first ? first.length : 0;
  const base = new Float64Array(n).fill(1);
  const vars = targets.map((t) => {
    const q = metas.find((m) => m.code.toLowerCase() === t.variable.toLowerCase());
    const answers = q ? segments.get(q.code) : undefined;
    if (!q || !answers)
      throw new AppError('WEIGHTING_TARGETS_INVALID', `raking: ${t.variable} is not a background question`, {
        variable: t.variable,
      });
    const codes = Object.keys(t.shares);
    const pos = new Map(codes.map((c, i) => [c, i]));
    const col = new Uint16Array(n);
    answers.forEach((a, i) => {
      const p = a === null ? undefined : pos.get(a);
      if (p === undefined) base[i] = NaN;
      else col[i] = p;
    });
    return { code: q.code, codes, col, shares: codes.map((c) => t.shares[c]!) };
  });
  let r;
  try {
    r = rake(
      { variables: vars.map((v) => v.col), targets: vars.map((v) => v.shares) },
      { baseWeights: base },
    );
  } catch (e) {
    throw new AppError(
      'WEIGHTING_TARGETS_INVALID',
      `raking failed: ${(e as Error).message.replace(/^rake: /, '')}`,
    );
  }
  const included = base.reduce((s, b) => s + (Number.isNaN(b) ? 0 : 1), 0);
  const W = r.weights.reduce((s, w) => s + w, 0);
  const margins = vars.flatMap((v) =>
    v.codes.map((code, c) => {
      let cnt = 0;
      let wsum = 0;
      for (let i = 0; i < n; i++) {
        if (Number.isNaN(base[i]!) || v.col[i] !== c) continue;
        cnt++;
        wsum += r.weights[i]!;
      }
      return {
        variable: v.code,
        code,
        target: v.shares[c]!,
        unweighted: included ? cnt / included : NaN,
        weighted: W ? wsum / W : NaN,
      };
    }),
  );
  return {
    weights: r.weights,
    report: {
      converged: r.converged,
      iterations: r.iterations,
      maxError: r.maxError,
      designEffect: r.designEffect,
      excluded: n - included,
      margins,
    },
  };
}
