/**
 * Breakdowns: a statistic of one question (mean/index of a rating, or NPS) per group of a background
 * variable, or per cell of two crossed variables, with each group tested against the rest and the
 * table's p-values adjusted by Benjamini–Hochberg. Groups are suppressed by the anonymity rule of
 * ./suppression.ts; a suppressed group carries neither its statistic nor a test.
 */
import { benjaminiHochberg, npsDifferenceZ, welchT } from '../stats/significance';
import type { Suppressed, SuppressedReason } from './dashboard';
import type { Grouping, GroupInfo } from './grouping';
import { crossGroupings } from './grouping';
import type { GroupedHistogram, Slice } from './histogram';
import {
  columnInput,
  groupedHistogram,
  npsStats,
  ratingMoments,
  ratingStats,
  sliceN,
  sliceOf,
  subtractSlice,
  sumSlices,
} from './histogram';
import type { ComplementaryRule } from './suppression';
import { suppressCrossed, suppressOneWay } from './suppression';

export type BreakdownStatistic = 'mean' | 'nps';

/** A rating's statistics for one group. */
export type MeanCell = {
  kind: 'mean';
  n: number;
  weightedN: number;
  effectiveN: number;
  mean: number;
  sd: number;
  ci95: [number, number];
  index: number;
  top2Box: number;
};

/** NPS of one group, in points; shares as fractions. */
export type NpsCell = {
  kind: 'nps';
  n: number;
  weightedN: number;
  effectiveN: number;
  nps: number;
  se: number;
  margin95: number;
  promoters: number;
  passives: number;
  detractors: number;
};

export type Cell = MeanCell | NpsCell;

/** One group against all other respondents; q is the BH-adjusted p of the table. */
export type GroupTest = {
  test: 'Welch t' | 'NPS difference z';
  statistic: number;
  df: number | null;
  p: number;
  q: number;
  significant: boolean;
  /** Respondents in the group and in the rest (unweighted). */
  n: number;
  nRest: number;
  /** Group minus rest (scale points for means, NPS points). */
  diff: number;
};

export type GroupRow = GroupInfo & { result: Cell | Suppressed; test: GroupTest | null };

export type Measure = {
  code: string;
  label: string;
  values: Float64Array;
  missing?: Uint8Array | undefined;
  /** The values in one byte each, where the column has them (see stats/points.ts). */
  points?: Uint8Array | undefined;
  scale: { min: number; max: number };
  statistic: BreakdownStatistic;
};

export type BreakdownOptions = {
  k: number;
  weights?: Float64Array | undefined;
  alpha?: number;
  /** The grouped histogram of this measure by this grouping, when the caller already has it. */
  histogram?: GroupedHistogram | undefined;
};

export type BreakdownResult = {
  question: string;
  questionText: string;
  statistic: BreakdownStatistic;
  variable: string;
  variableText: string;
  k: number;
  weighted: boolean;
  total: Cell | Suppressed;
  groups: GroupRow[];
  correction: 'Benjamini–Hochberg';
  alpha: number;
};

export function suppressedCell(
  k: number,
  reason: SuppressedReason,
  rule?: ComplementaryRule | null,
): Suppressed {
  if (reason === 'complementary')
    return {
      suppressed: true,
      k,
      reason,
      rule: rule ?? 'total',
      protects: rule === 'margin' ? 'total' : 'group',
    };
  return { suppressed: true, k, reason };
}

/** One group's hiding: why, and for a complementary one which rule. */
type Hide = { reason: SuppressedReason; rule: ComplementaryRule | null } | null;

function hides(
  reasons: readonly (SuppressedReason | null)[],
  rules: readonly (ComplementaryRule | null)[],
): Hide[] {
  return reasons.map((reason, i) => (reason ? { reason, rule: rules[i] ?? null } : null));
}

/** Respondents of each group of a grouping (over all its respondents): the tie-break of suppression. */
function groupSizes(by: Grouping): number[] {
  const size = by.groups.map(() => 0);
  for (let i = 0; i < by.index.length; i++) size[by.index[i]!]!++;
  return size;
}

/** The statistic of a slice. */
export function cellOf(s: Slice, m: Measure, weighted: boolean): Cell {
  if (m.statistic === 'nps') {
    const r = npsStats(s);
    const { n, weightedN, effectiveN, nps, se, margin95, promoters, passives, detractors } = r;
    return { kind: 'nps', n, weightedN, effectiveN, nps, se, margin95, promoters, passives, detractors };
  }
  const r = ratingStats(s, m.scale, weighted);
  const { n, weightedN, effectiveN, mean, sd, ci95, index, top2Box } = r;
  return { kind: 'mean', n, weightedN, effectiveN, mean, sd, ci95, index, top2Box };
}

/** Welch t (means) or NPS difference z of a group against the rest (src/shared/stats/significance). */
export function testAgainst(
  group: Slice,
  rest: Slice,
  m: Measure,
  weighted: boolean,
): Omit<GroupTest, 'q' | 'significant'> {
  if (m.statistic === 'nps') {
    const a = npsStats(group);
    const b = npsStats(rest);
    const t = npsDifferenceZ(
      { nps: a.nps, variance: a.variance, n: a.effectiveN },
      { nps: b.nps, variance: b.variance, n: b.effectiveN },
    );
    return { test: t.test, statistic: t.statistic, df: null, p: t.p, n: a.n, nRest: b.n, diff: t.diff };
  }
  const a = ratingMoments(group, m.scale, weighted);
  const b = ratingMoments(rest, m.scale, weighted);
  const t = welchT({ mean: a.mean, sd: a.sd, n: a.effectiveN }, { mean: b.mean, sd: b.sd, n: b.effectiveN });
  return { test: t.test, statistic: t.statistic, df: t.df, p: t.p, n: a.n, nRest: b.n, diff: t.diff };
}

export function histogramOf(
  m: Measure,
  index: Int32Array,
  groups: number,
  weights: Float64Array | undefined,
): GroupedHistogram {
  const scale = m.statistic === 'nps' ? { min: 0, max: 10 } : m.scale;
  const h = groupedHistogram(columnInput(m, { weights, scale, groupIndex: index, groups }));
  if (!h) throw new Error(`breakdown: ${m.code} has values that are not whole scale points`);
  return h;
}

/**
 * The n a group's anonymity is judged by: its respondents, or when weighted the smaller of that and
 * its Kish effective n (Σw)²/Σw², so that weighting a few respondents up cannot make them a result.
 */
export function anonymityN(s: Slice, weighted: boolean): number {
  const n = sliceN(s);
  if (!weighted) return n;
  let W = 0;
  let W2 = 0;
  for (let j = 0; j < s.wsum.length; j++) {
    W += s.wsum[j]!;
    W2 += s.w2sum[j]!;
  }
  return Math.min(n, W2 > 0 ? Math.floor((W * W) / W2 + 1e-9) : 0);
}

/** 'below-k' of a group whose respondents are ≥ k but whose effective n is not becomes 'effective-n'. */
function relabel(h: GroupedHistogram, hidden: readonly Hide[], k: number): Hide[] {
  return hidden.map((x, g) =>
    x?.reason === 'below-k' && sliceN(sliceOf(h, g)) >= k ? { reason: 'effective-n', rule: null } : x,
  );
}

/** Cells and BH-adjusted tests for groups given their suppression; tests only for shown groups with a rest ≥ k. */
function rows(
  h: GroupedHistogram,
  m: Measure,
  hidden: readonly Hide[],
  opts: BreakdownOptions,
): { results: (Cell | Suppressed)[]; tests: (GroupTest | null)[]; total: Slice } {
  const total = sumSlices(h);
  const results = hidden.map((x, g) =>
    x ? suppressedCell(opts.k, x.reason, x.rule) : cellOf(sliceOf(h, g), m, h.weighted),
  );
  const raw = hidden.map((reason, g) => {
    if (reason) return null;
    const s = sliceOf(h, g);
    const rest = subtractSlice(total, s);
    return sliceN(rest) >= opts.k ? testAgainst(s, rest, m, h.weighted) : null;
  });
  const alpha = opts.alpha ?? 0.05;
  const bh = benjaminiHochberg(
    raw.map((t) => (t && Number.isFinite(t.p) ? t.p : NaN)),
    alpha,
  );
  const tests = raw.map((t, g) =>
    t ? { ...t, q: bh.qValues[g]!, significant: bh.qValues[g]! <= alpha } : null,
  );
  return { results, tests, total };
}

/**
 * One-way breakdown of a measure by a grouping. Every result names its test, statistic, p, q and n.
 *
 * @throws Error('breakdown: …') when the measure and grouping differ in length or values are not scale points.
 */
export function breakdown(m: Measure, by: Grouping, opts: BreakdownOptions): BreakdownResult {
  if ((m.points ?? m.values).length !== by.index.length)
    throw new Error('breakdown: the measure and the grouping have different lengths');
  const h = opts.histogram ?? histogramOf(m, by.index, by.groups.length, opts.weights);
  const ns = by.groups.map((_, g) => anonymityN(sliceOf(h, g), h.weighted));
  const sup = suppressOneWay(ns, opts.k, { excluded: by.excluded, size: groupSizes(by) });
  const { results, tests, total } = rows(h, m, relabel(h, hides(sup.groups, sup.rules), opts.k), opts);
  const n = anonymityN(total, h.weighted);
  return {
    question: m.code,
    questionText: m.label,
    statistic: m.statistic,
    variable: by.code,
    variableText: by.label,
    k: opts.k,
    weighted: h.weighted,
    total:
      n < opts.k
        ? suppressedCell(opts.k, 'below-k')
        : sup.totalSuppressed
          ? suppressedCell(opts.k, 'complementary', 'margin')
          : cellOf(total, m, h.weighted),
    // an excluded unit is left out of the table (it still counts in the total, and protects as hidden)
    groups: by.groups
      .map((g, i) => ({ ...g, result: results[i]!, test: tests[i]! }))
      .filter((_, i) => !by.excluded?.[i]),
    correction: 'Benjamini–Hochberg',
    alpha: opts.alpha ?? 0.05,
  };
}

export type CrossedBreakdownResult = Omit<BreakdownResult, 'groups' | 'variable' | 'variableText'> & {
  rowVariable: string;
  colVariable: string;
  rows: GroupRow[];
  cols: GroupRow[];
  /** cells[r][c]: row group r × column group c, each tested against the rest of the table. */
  cells: { result: Cell | Suppressed; test: GroupTest | null }[][];
};

/**
 * Breakdown by two crossed variables: cells, row and column margins and the total, suppressed by
 * `suppressCrossed`; margins are tested against the rest as in the one-way tables, cells against the
 * rest of the table, BH over the cells.
 */
export function crossedBreakdown(
  m: Measure,
  rowsBy: Grouping,
  colsBy: Grouping,
  opts: BreakdownOptions,
): CrossedBreakdownResult {
  const R = rowsBy.groups.length;
  const C = colsBy.groups.length;
  const h = histogramOf(m, crossGroupings(rowsBy, colsBy), R * C, opts.weights);
  const ns = Array.from({ length: R }, (_, r) =>
    Array.from({ length: C }, (_, c) => anonymityN(sliceOf(h, r * C + c), h.weighted)),
  );
  const sup = suppressCrossed(ns, opts.k, { rows: rowsBy.excluded, cols: colsBy.excluded });
  const cellRows = rows(h, m, relabel(h, hides(sup.cells.flat(), sup.cellRules.flat()), opts.k), opts);
  const hr = histogramOf(m, rowsBy.index, R, opts.weights);
  const hc = histogramOf(m, colsBy.index, C, opts.weights);
  const rowPart = rows(hr, m, hides(sup.rows, sup.rowRules), opts);
  const colPart = rows(hc, m, hides(sup.cols, sup.colRules), opts);
  const n = anonymityN(cellRows.total, h.weighted);
  // excluded units are left out of the table, as in the one-way breakdown
  const keptRows = rowsBy.groups.flatMap((_, r) => (rowsBy.excluded?.[r] ? [] : [r]));
  const keptCols = colsBy.groups.flatMap((_, c) => (colsBy.excluded?.[c] ? [] : [c]));
  return {
    question: m.code,
    questionText: m.label,
    statistic: m.statistic,
    rowVariable: rowsBy.code,
    colVariable: colsBy.code,
    k: opts.k,
    weighted: h.weighted,
    total:
      n < opts.k
        ? suppressedCell(opts.k, 'below-k')
        : sup.totalSuppressed
          ? suppressedCell(opts.k, 'complementary', 'margin')
          : cellOf(cellRows.total, m, h.weighted),
    rows: keptRows.map((r) => ({
      ...rowsBy.groups[r]!,
      result: rowPart.results[r]!,
      test: rowPart.tests[r]!,
    })),
    cols: keptCols.map((c) => ({
      ...colsBy.groups[c]!,
      result: colPart.results[c]!,
      test: colPart.tests[c]!,
    })),
    cells: keptRows.map((r) =>
      keptCols.map((c) => ({
        result: cellRows.results[r * C + c]!,
        test: cellRows.tests[r * C + c]!,
      })),
    ),
    correction: 'Benjamini–Hochberg',
    alpha: opts.alpha ?? 0.05,
  };
}
