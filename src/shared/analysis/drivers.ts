/**
 * Key drivers and the importance–performance map of a wave, with anonymity: an analysis resting on
 * fewer than k respondents is suppressed, and map points under k are reported as Suppressed.
 * The statistics are src/shared/stats/drivers (deriveImportance, importancePerformanceMap).
 */
import type {
  CrosshairRule,
  DriverIntervals,
  MissingHandling,
  Quadrant,
  SampleSize,
  ShapleyMethod,
} from '../stats/drivers/index';
import { deriveImportance, importancePerformanceMap } from '../stats/drivers/index';
import { suppressedCell } from './breakdown';
import type { Suppressed } from './dashboard';
import { ratingMoments, scaleIndex, sumSlices } from './histogram';
import type { WaveData } from './wave';
import { cleanPoints, cleanValues, question, waveHistogram } from './wave';

export type DriverRow = {
  code: string;
  text: string;
  touchpointText: string | null;
  pearson: number;
  spearman: number;
  beta: number;
  relativeWeight: number;
  relativeWeightShare: number;
  shapley: number;
  shapleyShare: number;
  /** Monte-Carlo standard error of `shapley` when it was sampled. */
  shapleySe?: number;
  ci?: DriverIntervals;
};

export type DriversResult = {
  outcome: string;
  outcomeText: string;
  n: number;
  missingHandling: SampleSize;
  weighted: boolean;
  r2: number;
  drivers: DriverRow[];
  /** How R² was decomposed: 'shapley-exact' | 'owen-stages' (with its groups) | 'shapley-sampled'. */
  shapleyMethod: ShapleyMethod;
  bootstrap?: {
    resamples: number;
    used: number;
    seed: number;
    level: number;
    r2: { lower: number; upper: number };
  };
  method: string;
};

export type DriversSpec = {
  outcome?: string | undefined;
  /** Codes, or 'performance' for every performance question. */
  drivers?: string[] | 'performance' | undefined;
  missing?: MissingHandling | undefined;
  bootstrap?: { resamples: number; seed: number } | undefined;
};

/** The default outcome: overall satisfaction, else the NPS question. */
export function defaultOutcome(w: WaveData): string {
  const q =
    w.questions.find((x) => x.role === 'outcome-satisfaction' && x.scale) ??
    w.questions.find((x) => x.role === 'outcome-recommend' && x.scale);
  if (!q) throw new Error('defaultOutcome: the study has no satisfaction or recommendation question');
  return q.code;
}

/**
 * Derived importance of the drivers for the outcome (Pearson, Spearman, standardized β, Johnson's
 * relative weights, Shapley/LMG shares, optional seeded bootstrap), suppressed when n < k.
 *
 * @throws Error('driverAnalysis: …') when there are no drivers (and deriveImportance's errors).
 */
export function driverAnalysis(w: WaveData, spec: DriversSpec): DriversResult | Suppressed {
  const outcome = question(w, spec.outcome ?? defaultOutcome(w));
  const codes =
    spec.drivers === undefined || spec.drivers === 'performance'
      ? w.questions.filter((q) => q.role === 'performance' && q.scale).map((q) => q.code)
      : spec.drivers.map((c) => question(w, c).code);
  if (codes.length === 0) throw new Error('driverAnalysis: no driver questions');
  const missing = spec.missing ?? 'pairwise';
  const col = (code: string) => cleanValues(w.columns.get(code)!);
  // Columns held as points are passed as such; their values are read (and made) only if needed.
  const points = [outcome.code, ...codes].map((code) => cleanPoints(w.columns.get(code)!));
  const r = deriveImportance({
    get outcome() {
      return col(outcome.code);
    },
    drivers: codes.map((code) => ({
      code,
      get values() {
        return col(code);
      },
    })),
    ...(points.every((x) => x !== undefined)
      ? { points: { outcome: points[0]!, drivers: points.slice(1) as Uint8Array[] } }
      : {}),
    weights: w.weights,
    missing,
    groups: stageGroups(w, codes),
    ...(spec.bootstrap ? { bootstrap: spec.bootstrap } : {}),
  });
  if (r.n < w.k) return suppressedCell(w.k, 'below-k');
  const drivers = r.drivers.map((d): DriverRow => {
    const q = question(w, d.code);
    return { ...d, text: q.text, touchpointText: q.touchpointText };
  });
  return {
    outcome: outcome.code,
    outcomeText: outcome.text,
    n: r.n,
    missingHandling: r.missingHandling,
    weighted: r.weighted,
    r2: r.r2,
    drivers,
    shapleyMethod: r.shapleyMethod,
    ...(r.bootstrap ? { bootstrap: r.bootstrap } : {}),
    method: `${missing} deletion; Pearson/Spearman r, standardized β, Johnson's relative weights (2000), ${decompositionText(r.shapleyMethod)}`,
  };
}

/** The drivers grouped by journey stage (in order of first appearance; no stage = one group). */
export function stageGroups(w: WaveData, codes: readonly string[]): { label: string; codes: string[] }[] {
  const groups = new Map<string, string[]>();
  for (const code of codes) {
    const label = question(w, code).stageText ?? '';
    const g = groups.get(label);
    if (g) g.push(code);
    else groups.set(label, [code]);
  }
  return [...groups].map(([label, members]) => ({ label, codes: members }));
}

/** The decomposition in words, for the method line. */
export function decompositionText(m: ShapleyMethod): string {
  switch (m.method) {
    case 'shapley-exact':
      return 'Shapley/LMG decomposition of R² (exact, all subsets)';
    case 'owen-stages':
      return `Owen decomposition of R² with the ${m.groups.length} journey stages as a priori unions (exact)`;
    case 'shapley-sampled':
      return `Shapley/LMG decomposition of R² sampled from ${m.permutations} random orders (seed ${m.seed}), with Monte-Carlo standard errors`;
  }
}

export type MapSpec = {
  importance?: 'stated' | 'derived' | undefined;
  /** One rule for both axes, or fixed values per axis. */
  crosshair?: 'mean' | 'median' | 'midpoint' | { performance: number; importance: number } | undefined;
  diagonal?: boolean | undefined;
};

export type MapPoint = {
  code: string;
  text: string;
  performance: number;
  importance: number;
  n: number;
  quadrant: Quadrant;
  gap: number;
  priority: number;
};

export type MapResult = {
  importanceSource: 'stated' | 'derived';
  /** Performance: 0–100 index; importance: stated 0–100 index or derived Shapley share 0..1. */
  importanceScale: { min: number; max: number };
  crosshairRule: NonNullable<MapSpec['crosshair']>;
  crosshair: { performance: number; importance: number };
  /** Spread (SD of the shown points) per axis: the units of the gap and of the diagonal's slope. */
  unit?: { performance: number; importance: number };
  diagonal: boolean;
  points: MapPoint[];
  suppressed: (Suppressed & { code: string })[];
  drivers: DriversResult | Suppressed | null;
};

/** 0–100 index and n of a rating question. */
export function indexOf(w: WaveData, code: string): { index: number; n: number } {
  const q = question(w, code);
  const h = waveHistogram(w, q.code);
  const s = ratingMoments(sumSlices(h), q.scale!, h.weighted);
  return { index: scaleIndex(s.mean, q.scale!), n: s.n };
}

/**
 * The importance–performance map (Martilla & James 1977) of the touchpoints: performance = 0–100 index
 * of each performance question; importance = the 0–100 index of its stated-importance question, or
 * its Shapley share of R² for the default outcome (derived). Points with n < k are suppressed.
 */
export function importanceMap(w: WaveData, spec: MapSpec, drivers?: DriversResult | Suppressed): MapResult {
  const source = spec.importance ?? 'stated';
  const rule = spec.crosshair ?? 'mean';
  const perf = w.questions.filter((q) => q.role === 'performance' && q.scale);
  let derived: DriversResult | Suppressed | null = null;
  const points: { code: string; performance: number; importance: number; n: number }[] = [];
  if (source === 'derived') {
    derived = drivers ?? driverAnalysis(w, { drivers: 'performance' });
    if (!('suppressed' in derived)) {
      for (const d of derived.drivers) {
        const p = indexOf(w, d.code);
        if (Number.isFinite(p.index))
          points.push({
            code: d.code,
            performance: p.index,
            importance: Math.max(0, Math.min(1, d.shapleyShare)),
            n: p.n,
          });
      }
    }
  } else {
    for (const q of perf) {
      const imp = w.questions.find((x) => x.role === 'importance' && x.weighs === q.code && x.scale);
      if (!imp) continue;
      const p = indexOf(w, q.code);
      const i = indexOf(w, imp.code);
      if (!Number.isFinite(p.index) || !Number.isFinite(i.index)) continue;
      points.push({ code: q.code, performance: p.index, importance: i.index, n: Math.min(p.n, i.n) });
    }
  }
  const importanceScale = source === 'derived' ? { min: 0, max: 1 } : { min: 0, max: 100 };
  const r = importancePerformanceMap(points, {
    crosshair: axisRules(rule),
    importanceScale,
    diagonal: spec.diagonal ?? false,
    minN: w.k,
  });
  return {
    importanceSource: source,
    importanceScale,
    crosshairRule: rule,
    crosshair: r.crosshair,
    unit: r.unit,
    diagonal: r.diagonal,
    points: r.points.map((p) => ({
      ...p,
      text: question(w, p.code).touchpointText ?? question(w, p.code).text,
    })),
    suppressed: r.suppressed.map((s) => ({ code: s.code, ...suppressedCell(w.k, 'below-k') })),
    drivers: derived,
  };
}

function axisRules(rule: NonNullable<MapSpec['crosshair']>): {
  performance: CrosshairRule;
  importance: CrosshairRule;
} {
  if (typeof rule === 'string') return { performance: rule, importance: rule };
  return { performance: { value: rule.performance }, importance: { value: rule.importance } };
}
