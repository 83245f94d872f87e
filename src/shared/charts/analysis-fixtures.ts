import type { BreakdownResult, GroupRow, MeanCell } from '../analysis/breakdown';
import type { Comparison } from '../analysis/compare';
import type { DriverRow, DriversResult, MapPoint, MapResult } from '../analysis/drivers';
import type { CompareOutput } from '../api/analysis';

/** Invented analysis results for chart and report tests (no real client, no real answers). */

function point(
  code: string,
  text: string,
  performance: number,
  importance: number,
  quadrant: MapPoint['quadrant'],
  priority: number,
): MapPoint {
  return {
    code,
    text,
    performance,
    importance,
    n: 200,
    quadrant,
    gap: (importance - 70) / 8 - (performance - 70) / 6,
    priority,
  };
}

export function sampleMap(): MapResult {
  return {
    importanceSource: 'stated',
    importanceScale: { min: 0, max: 100 },
    crosshairRule: 'mean',
    crosshair: { performance: 70, importance: 75 },
    unit: { performance: 6, importance: 8 },
    diagonal: false,
    points: [
      point('price', 'Price offer', 60, 86, 'concentrate', 1),
      point('claims', 'Claims handling', 78, 84, 'keepUp', 3),
      point('app', 'Mobile app', 62, 58, 'lowPriority', 2),
      point('web', 'Website', 76, 64, 'overkill', 4),
    ],
    suppressed: [{ code: 'chat', suppressed: true, k: 5, reason: 'below-k' }],
    drivers: null,
  };
}

function driver(code: string, text: string, share: number): DriverRow {
  return {
    code,
    text,
    touchpointText: text,
    pearson: 0.5,
    spearman: 0.5,
    beta: 0.2,
    relativeWeight: share * 0.6,
    relativeWeightShare: share,
    shapley: share * 0.6,
    shapleyShare: share,
  };
}

export function sampleDrivers(): DriversResult {
  return {
    outcome: 'sat',
    outcomeText: 'All in all, how satisfied are you?',
    n: 291,
    missingHandling: { method: 'pairwise', minN: 291, maxN: 451 },
    weighted: false,
    r2: 0.6,
    drivers: [
      driver('web', 'Website', 0.1),
      driver('claims', 'Claims handling', 0.5),
      driver('price', 'Price offer', 0.4),
    ],
    shapleyMethod: { method: 'shapley-exact' },
    method: 'pairwise deletion; Shapley/LMG',
  };
}

function mean(index: number, n: number): MeanCell {
  const m = 1 + (4 * index) / 100;
  return {
    kind: 'mean',
    n,
    weightedN: n,
    effectiveN: n,
    mean: m,
    sd: 0.9,
    ci95: [m - 0.2, m + 0.2],
    index,
    top2Box: 0.6,
  };
}

function group(
  code: string | null,
  label: string,
  index: number | null,
  n: number,
  significant = false,
  diff = 0,
): GroupRow {
  if (index === null)
    return { code, label, result: { suppressed: true, k: 5, reason: 'below-k' }, test: null };
  return {
    code,
    label,
    result: mean(index, n),
    test: {
      test: 'Welch t',
      statistic: 2,
      df: 50,
      p: 0.01,
      q: significant ? 0.02 : 0.3,
      significant,
      n,
      nRest: 300,
      diff,
    },
  };
}

export function sampleBreakdown(): BreakdownResult {
  return {
    question: 'sat',
    questionText: 'All in all, how satisfied are you?',
    statistic: 'mean',
    variable: 'BRANCH',
    variableText: 'Branch',
    k: 5,
    weighted: false,
    total: mean(75, 400),
    groups: [
      group('1', 'Oslo', 74, 120),
      group('2', 'Bergen', 83, 90, true, 0.3),
      group('3', 'Molde', null, 3),
      group('4', 'Drammen', 67, 80, true, -0.3),
      group(null, 'No answer', 70, 10),
    ],
    correction: 'Benjamini–Hochberg',
    alpha: 0.05,
  };
}

function comparison(
  question: string,
  text: string,
  a: number,
  b: number,
  p: number,
  statistic: Comparison['statistic'] = 'index',
): Comparison {
  const change = b - a;
  return {
    question,
    questionText: text,
    statistic,
    a: { n: 400, weightedN: 400, effectiveN: 400, value: a },
    b: { n: 450, weightedN: 450, effectiveN: 450, value: b },
    change,
    test: {
      test: statistic === 'nps' ? 'NPS difference z' : 'Welch t',
      statistic: 3,
      df: 800,
      p,
      ci95: [change - 3, change + 3],
    },
  };
}

export function sampleCompare(): CompareOutput {
  return {
    waveA: 2025,
    waveB: 2026,
    comparisons: [
      comparison('web', 'How satisfied are you with the website?', 69, 68, 0.55),
      comparison('app', 'How satisfied are you with the app?', 71, 61, 0.00001),
      comparison('claims', 'How satisfied are you with claims handling?', 56, 67, 0.00002),
      comparison('price', 'How satisfied are you with the price offer?', 61, 63, 0.04),
      comparison('nps', 'Recommend?', 27, 30, 0.5, 'nps'),
    ],
  };
}
