/**
 * Respondent weights: Kish's effective sample size and raking (iterative proportional fitting).
 */
import { isUsableWeight } from './columns';

/**
 * Kish's effective sample size n_eff = (Σw)² / Σw² over the usable weights (finite, > 0; others are
 * left out). Equals n when all weights are equal; 0 for no usable weight. Reference: Kish 1965,
 * Survey Sampling, §11.7.
 */
export function kishEffectiveN(weights: Float64Array | readonly number[]): number {
  let s = 0;
  let s2 = 0;
  for (const w of weights) {
    if (!isUsableWeight(w)) continue;
    s += w;
    s2 += w * w;
  }
  return s2 > 0 ? (s * s) / s2 : 0;
}

/**
 * Kish's design effect due to weighting, deff = n·Σw²/(Σw)² = n/n_eff = 1 + CV²(w), over the usable
 * weights; NaN when there are none. Reference: Kish 1965 §11.7; Kish 1992, J. Official Stat. 8:183.
 */
export function weightingDesignEffect(weights: Float64Array | readonly number[]): number {
  let n = 0;
  for (const w of weights) if (isUsableWeight(w)) n++;
  return n > 0 ? n / kishEffectiveN(weights) : NaN;
}

/** Input of {@link rake}. */
export interface RakeData {
  /** One column per raking variable: the category code (0..K−1) of each respondent. */
  readonly variables: readonly Uint16Array[];
  /** Per variable, the target share of each category (summing to 1). */
  readonly targets: readonly (readonly number[])[];
}

/** Options of {@link rake}. */
export interface RakeOptions {
  /** Maximum full sweeps over the variables (default 100). */
  readonly maxIter?: number;
  /** Stop when every margin is within this of its target share (default 1e-6). */
  readonly tolerance?: number;
  /** Starting (design) weights; NaN, infinite or ≤ 0 leaves the respondent out with weight 0. */
  readonly baseWeights?: Float64Array;
  /** Sum of the final weights (default: number of respondents included, i.e. mean weight 1). */
  readonly total?: number;
}

/** Result of {@link rake}. */
export interface RakeResult {
  /** Final weights, summing to `total`; 0 for respondents left out. */
  readonly weights: Float64Array;
  readonly converged: boolean;
  /** Full sweeps done. */
  readonly iterations: number;
  /** Largest |achieved share − target share| over all variables and categories after the last sweep. */
  readonly maxError: number;
  /** Kish effective n of the final weights. */
  readonly effectiveN: number;
  /** Kish design effect due to weighting, n/n_eff. */
  readonly designEffect: number;
}

const TARGET_SUM_SLACK = 1e-6;

/**
 * Rakes weights so that the weighted share of each category of each variable matches its target:
 * iterative proportional fitting, one variable at a time, w_i ← w_i · t_{vc}·T / Σ_{j∈c} w_j,
 * repeated until every margin is within `tolerance` (Deming & Stephan 1940, Ann. Math. Stat.
 * 11:427–444). The fixed point is the one R's survey::rake reaches. Does not throw when it fails
 * to converge: check `converged` (and show the maxError) before using the weights.
 *
 * Targets summing to 1 ± 1e-6 are renormalized to sum exactly 1. A category with target 0 gets
 * weight 0.
 *
 * @throws Error('rake: …') when there are no variables, columns differ in length, targets do not
 *   match the variables or do not sum to 1, a code is outside its targets, a category with a
 *   positive target has no respondent (or only respondents left out by their base weight),
 *   or maxIter/tolerance/total are not positive.
 */
export function rake(data: RakeData, options: RakeOptions = {}): RakeResult {
  const { variables } = data;
  const maxIter = options.maxIter ?? 100;
  const tolerance = options.tolerance ?? 1e-6;
  if (variables.length === 0) throw new Error('rake: no variables to rake on');
  if (data.targets.length !== variables.length) {
    throw new Error(`rake: ${variables.length} variables but ${data.targets.length} target lists`);
  }
  if (!Number.isInteger(maxIter) || maxIter < 1)
    throw new Error(`rake: maxIter must be a positive integer, got ${maxIter}`);
  if (!(tolerance > 0)) throw new Error(`rake: tolerance must be > 0, got ${tolerance}`);
  const n = variables[0].length;
  const base = options.baseWeights;
  if (base && base.length !== n)
    throw new Error(`rake: baseWeights have length ${base.length}, variables have ${n}`);
  const targets = data.targets.map((t, v) => {
    if (variables[v].length !== n)
      throw new Error(`rake: variable ${v} has length ${variables[v].length}, expected ${n}`);
    if (t.length === 0) throw new Error(`rake: variable ${v} has no target categories`);
    let sum = 0;
    for (const x of t) {
      if (!(x >= 0 && Number.isFinite(x))) throw new Error(`rake: variable ${v} has a target share ${x}`);
      sum += x;
    }
    if (Math.abs(sum - 1) > TARGET_SUM_SLACK)
      throw new Error(`rake: targets of variable ${v} sum to ${sum}, not 1`);
    return t.map((x) => x / sum);
  });

  const w = new Float64Array(n);
  let included = 0;
  let baseSum = 0;
  for (let i = 0; i < n; i++) {
    const b = base ? base[i] : 1;
    if (isUsableWeight(b)) {
      w[i] = b;
      included++;
      baseSum += b;
    }
  }
  const total = options.total ?? included;
  if (!(total > 0 && Number.isFinite(total))) throw new Error(`rake: total must be > 0, got ${total}`);
  if (included === 0) throw new Error('rake: no respondent has a usable base weight');

  const sums = targets.map((t) => new Float64Array(t.length));
  const margins = (v: number): Float64Array => {
    const s = sums[v];
    s.fill(0);
    const col = variables[v];
    for (let i = 0; i < n; i++) {
      if (w[i] === 0) continue;
      const c = col[i];
      if (c >= s.length)
        throw new Error(`rake: variable ${v} has code ${c} at row ${i}, but only ${s.length} targets`);
      s[c] += w[i];
    }
    return s;
  };
  for (let v = 0; v < variables.length; v++) {
    const s = margins(v);
    targets[v].forEach((t, c) => {
      if (t > 0 && s[c] === 0) {
        throw new Error(`rake: variable ${v} category ${c} has target ${t} but no respondents`);
      }
    });
  }
  for (let i = 0; i < n; i++) w[i] *= total / baseSum;

  let iterations = 0;
  let maxError = Infinity;
  let converged = false;
  while (iterations < maxIter) {
    iterations++;
    for (let v = 0; v < variables.length; v++) {
      const s = margins(v);
      const factor = targets[v].map((t, c) => (s[c] > 0 ? (t * total) / s[c] : 0));
      const col = variables[v];
      for (let i = 0; i < n; i++) if (w[i] !== 0) w[i] *= factor[col[i]];
    }
    maxError = 0;
    for (let v = 0; v < variables.length; v++) {
      const s = margins(v);
      targets[v].forEach((t, c) => {
        maxError = Math.max(maxError, Math.abs(s[c] / total - t));
      });
    }
    if (maxError <= tolerance) {
      converged = true;
      break;
    }
  }
  const effectiveN = kishEffectiveN(w);
  return { weights: w, converged, iterations, maxError, effectiveN, designEffect: weightingDesignEffect(w) };
}
