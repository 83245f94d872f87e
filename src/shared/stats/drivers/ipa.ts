/**
 * Importance–performance analysis (IPA) map: crosshairs, quadrants, gaps and priorities.
 */
import { rethrowAs } from './errors';

/** One touchpoint on the map. */
export type IpaPoint = {
  readonly code: string;
  /** Performance, e.g. a 0–100 satisfaction index. */
  readonly performance: number;
  /** Importance: a stated 0–100 index or a derived share (say so with `importanceScale`). */
  readonly importance: number;
  /** Respondents behind the point. */
  readonly n: number;
};

/** Where an axis's crosshair sits: mean or median of the shown points, the scale midpoint, or a value. */
export type CrosshairRule = 'mean' | 'median' | 'midpoint' | { readonly value: number };

/** The theoretical range of an axis. */
export type AxisScale = { readonly min: number; readonly max: number };

export type IpaOptions = {
  /** Per axis; default 'mean' for both (Martilla & James 1977 used the mean or the scale middle). */
  readonly crosshair?: { readonly performance?: CrosshairRule; readonly importance?: CrosshairRule };
  /** Default 0–100. */
  readonly performanceScale?: AxisScale;
  /** Default 0–100; pass { min: 0, max: 1 } for derived shares given as fractions. */
  readonly importanceScale?: AxisScale;
  /** Diagonal IPA: everything above the iso-priority line is "concentrate here". Default false. */
  readonly diagonal?: boolean;
  /** Points with n below this are not shown nor used for crosshairs (anonymity). Default 5. */
  readonly minN?: number;
};

export type Quadrant = 'concentrate' | 'keepUp' | 'lowPriority' | 'overkill';

export type IpaPointResult = IpaPoint & {
  readonly quadrant: Quadrant;
  /** Importance minus performance in comparable (standardized) units, see {@link importancePerformanceMap}. */
  readonly gap: number;
  /** 1 = largest gap. */
  readonly priority: number;
};

export type IpaResult = {
  readonly crosshair: { readonly performance: number; readonly importance: number };
  /** The unit of each axis in the gap (standard deviation of the shown points, see below). */
  readonly unit: { readonly performance: number; readonly importance: number };
  readonly diagonal: boolean;
  /** In the input order. */
  readonly points: readonly IpaPointResult[];
  /** Points left out because n < minN. */
  readonly suppressed: readonly { readonly code: string; readonly n: number }[];
};

const DEFAULT_SCALE: AxisScale = { min: 0, max: 100 };

function checkScale(fnName: string, axis: string, s: AxisScale): void {
  if (!Number.isFinite(s.min) || !Number.isFinite(s.max) || !(s.max > s.min)) {
    throw new Error(`${fnName}: ${axis} scale must have finite min < max`);
  }
}

function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const h = s.length >> 1;
  return s.length % 2 ? s[h] : (s[h - 1] + s[h]) / 2;
}

/**
 * The crosshair of one axis: the mean or median of the values, the scale midpoint
 * (min + max)/2, or a fixed value (Martilla & James 1977).
 *
 * @throws Error('ipaCrosshair: …') for a fixed value outside the scale or an unknown rule; NaN for
 *   mean/median of no values.
 */
export function ipaCrosshair(
  values: readonly number[],
  rule: CrosshairRule,
  scale: AxisScale = DEFAULT_SCALE,
): number {
  checkScale('ipaCrosshair', 'axis', scale);
  if (rule === 'midpoint') return (scale.min + scale.max) / 2;
  if (rule === 'mean') return values.length ? values.reduce((s, v) => s + v, 0) / values.length : Number.NaN;
  if (rule === 'median') return values.length ? median(values) : Number.NaN;
  if (typeof rule === 'object' && rule !== null && Number.isFinite(rule.value)) {
    if (rule.value < scale.min || rule.value > scale.max) {
      throw new Error(`ipaCrosshair: value ${rule.value} is outside ${scale.min}..${scale.max}`);
    }
    return rule.value;
  }
  throw new Error('ipaCrosshair: rule must be mean, median, midpoint or { value }');
}

/**
 * Importance–performance map (Martilla & James 1977, "Importance-performance analysis", Journal of
 * Marketing 41(1):77–79). With crosshairs c_I, c_P (see {@link ipaCrosshair}), a point with
 * importance ≥ c_I and performance < c_P is "concentrate here", ≥ c_I and ≥ c_P "keep up the good
 * work", < c_I and < c_P "low priority", < c_I and ≥ c_P "possible overkill" (a point on a
 * crosshair counts as high).
 *
 * Comparable units: importance and performance are on different scales (a share of R² against a
 * 0–100 index), so each axis is standardized about its crosshair by the spread of the shown points,
 *   u_I = (I − c_I)/s_I,  u_P = (P − c_P)/s_P,  gap = u_I − u_P,
 * with s the standard deviation (n − 1) of the shown points on that axis (the scale's range when
 * fewer than two points or no spread). gap > 0 means importance is ahead of performance.
 *
 * Diagonal variant (Slack 1994, "The importance-performance matrix as a determinant of improvement
 * priority", IJOPM 14(5):59–75; Abalo, Varela & Manzano 2007, "Importance values for
 * Importance–Performance Analysis", J. Business Research 60:115–121): the iso-priority line
 * u_I = u_P runs through the crosshairs' intersection with slope 1 in these units, and every point
 * above it (gap > 0) is "concentrate here", which enlarges that quadrant into parts of "keep up" and
 * "low priority"; the other points keep their quadrant.
 *
 * Priority ranks all shown points by gap, largest first (1 = most urgent: importance furthest ahead
 * of performance); ties go to the higher importance, then the code. Points with n < minN are
 * suppressed: not shown, not ranked, not used for a mean or median crosshair.
 *
 * @throws Error('importancePerformanceMap: …') for duplicate codes, non-finite values, a value
 *   outside its axis scale, a negative n or bad options.
 */
export function importancePerformanceMap(points: readonly IpaPoint[], options: IpaOptions = {}): IpaResult {
  const fn = 'importancePerformanceMap';
  const pScale = options.performanceScale ?? DEFAULT_SCALE;
  const iScale = options.importanceScale ?? DEFAULT_SCALE;
  checkScale(fn, 'performance', pScale);
  checkScale(fn, 'importance', iScale);
  const minN = options.minN ?? 5;
  if (!Number.isFinite(minN) || minN < 0) throw new Error(`${fn}: minN must be a number ≥ 0`);
  const seen = new Set<string>();
  for (const pt of points) {
    if (seen.has(pt.code)) throw new Error(`${fn}: duplicate code ${pt.code}`);
    seen.add(pt.code);
    if (!Number.isFinite(pt.performance) || !Number.isFinite(pt.importance)) {
      throw new Error(`${fn}: ${pt.code} has a non-finite importance or performance`);
    }
    if (pt.performance < pScale.min || pt.performance > pScale.max) {
      throw new Error(
        `${fn}: ${pt.code} performance ${pt.performance} is outside ${pScale.min}..${pScale.max}`,
      );
    }
    if (pt.importance < iScale.min || pt.importance > iScale.max) {
      throw new Error(
        `${fn}: ${pt.code} importance ${pt.importance} is outside ${iScale.min}..${iScale.max}`,
      );
    }
    if (!Number.isInteger(pt.n) || pt.n < 0)
      throw new Error(`${fn}: ${pt.code} has n = ${pt.n}, need an integer ≥ 0`);
  }
  const shown = points.filter((pt) => pt.n >= minN);
  const suppressed = points.filter((pt) => pt.n < minN).map(({ code, n }) => ({ code, n }));
  const perf = shown.map((pt) => pt.performance);
  const imp = shown.map((pt) => pt.importance);
  const crosshair = (
    values: readonly number[],
    rule: CrosshairRule | undefined,
    scale: AxisScale,
  ): number => {
    try {
      return ipaCrosshair(values, rule ?? 'mean', scale);
    } catch (e) {
      return rethrowAs(fn, e);
    }
  };
  const cP = crosshair(perf, options.crosshair?.performance, pScale);
  const cI = crosshair(imp, options.crosshair?.importance, iScale);
  const sP = spread(perf, pScale);
  const sI = spread(imp, iScale);
  const diagonal = options.diagonal ?? false;
  const gaps = shown.map((pt) => (pt.importance - cI) / sI - (pt.performance - cP) / sP);
  const order = shown
    .map((_, i) => i)
    .sort(
      (a, b) =>
        gaps[b] - gaps[a] ||
        shown[b].importance - shown[a].importance ||
        (shown[a].code < shown[b].code ? -1 : shown[a].code > shown[b].code ? 1 : 0),
    );
  const priority = new Array<number>(shown.length);
  order.forEach((i, rank) => (priority[i] = rank + 1));
  const result = shown.map((pt, i): IpaPointResult => {
    const highImp = pt.importance >= cI;
    const highPerf = pt.performance >= cP;
    let quadrant: Quadrant = highImp
      ? highPerf
        ? 'keepUp'
        : 'concentrate'
      : highPerf
        ? 'overkill'
        : 'lowPriority';
    if (diagonal && gaps[i] > 0) quadrant = 'concentrate';
    return { ...pt, quadrant, gap: gaps[i], priority: priority[i] };
  });
  return {
    crosshair: { performance: cP, importance: cI },
    unit: { performance: sP, importance: sI },
    diagonal,
    points: result,
    suppressed,
  };
}

/** Sample standard deviation of the values, or the scale's range when it is 0 or undefined. */
function spread(values: readonly number[], scale: AxisScale): number {
  if (values.length < 2) return scale.max - scale.min;
  const mean = values.reduce((s, v) => s + v, 0) / values.length;
  const sd = Math.sqrt(values.reduce((s, v) => s + (v - mean) ** 2, 0) / (values.length - 1));
  return sd > 0 ? sd : scale.max - scale.min;
}
