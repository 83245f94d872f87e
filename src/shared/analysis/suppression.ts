import { determinedHiddenCells } from './suppression-linear';

/**
 * Anonymity: which groups of a table may be shown.
 *
 * Rule (threshold rule with secondary cell suppression; Hundepool et al. 2012, Statistical
 * Disclosure Control, Wiley, §4.2 "sensitivity rules" (minimum frequency) and §4.4 "secondary cell
 * suppression"; the row/column sweep is the idea of the hypercube method, Giessing & Repsilber 2002):
 *
 * 1. Primary: a group with n < k is suppressed ("below-k").
 * 2. Secondary ("complementary"): the total is shown, so the hidden groups together can be recovered
 *    as total − Σ shown. That is harmless only when at least two non-empty groups are hidden AND their
 *    combined n is ≥ k. While that fails, the smallest shown non-empty group is suppressed too.
 *    If nothing can be added, the total must be hidden as well (`totalSuppressed`).
 * 3. A total with n < k hides everything.
 *
 * Crossed tables apply 2 to each row against its row margin and each column against its column
 * margin, and 1–2 to the margins against the grand total, repeating until nothing changes; a hidden
 * margin hides its whole row or column. This protects against recovery by subtracting within one row
 * or column; an exact linear audit (./suppression-linear.ts) then finds cells that still follow from
 * a combination of rows and columns, and hides one more cell for each until none does (the bounds
 * n ≥ 0 are not used: that needs an LP audit, Hundepool §4.4.3).
 *
 * Every complementary suppression hides the shown candidate with the fewest respondents (ties: the
 * smaller unit overall), and says which rule hid it (ComplementaryRule), so a reader is told why.
 */

export type SuppressionReason = 'below-k' | 'complementary' | 'excluded';

/**
 * Which published figure a complementary suppression protects against: together with the table's
 * total ('total'), its row's or column's total ('row-total', 'column-total') the cell would let a
 * hidden group of fewer than k be worked out by subtraction; 'margin': the cell's whole row or
 * column total is hidden, so the cell is too.
 */
export type ComplementaryRule = 'total' | 'row-total' | 'column-total' | 'margin';

/** Per group: null when shown, else why it is hidden; `rules[i]` says which rule hid a complementary one. */
export type OneWaySuppression = {
  groups: (SuppressionReason | null)[];
  rules: (ComplementaryRule | null)[];
  totalSuppressed: boolean;
};

export type SuppressOptions = {
  /** Groups left out of the table (a unit excluded from breakdowns): hidden, but still in the total. */
  excluded?: readonly boolean[] | undefined;
  /**
   * Tie-break when two shown groups are equally small: the smaller `size` (e.g. the unit's respondents
   * over the whole wave) is hidden first, so that a table of many rows hides the same unit in each.
   */
  size?: readonly number[] | undefined;
};

function checkInput(fn: string, ns: readonly number[], k: number): void {
  if (!(Number.isInteger(k) && k >= 1)) throw new Error(`${fn}: k must be an integer ≥ 1, got ${k}`);
  for (const n of ns)
    if (!(Number.isInteger(n) && n >= 0)) throw new Error(`${fn}: n must be an integer ≥ 0, got ${n}`);
}

/**
 * Decides which groups of a one-way table (with its total shown) are hidden; n are the unweighted
 * counts behind each group's statistic, and the total is Σn. A complementary suppression hides the
 * shown group with the fewest respondents (one always suffices: every shown group has n ≥ k), so the
 * table loses as little as possible — never a group of thousands when a smaller one will do.
 *
 * @throws Error('suppressOneWay: …') on k < 1 or a negative / non-integer n.
 */
export function suppressOneWay(
  ns: readonly number[],
  k: number,
  opts: SuppressOptions = {},
): OneWaySuppression {
  checkInput('suppressOneWay', ns, k);
  const total = ns.reduce((s, n) => s + n, 0);
  const rules: (ComplementaryRule | null)[] = ns.map(() => null);
  if (total < k) return { groups: ns.map(() => 'below-k'), rules, totalSuppressed: true };
  const out: (SuppressionReason | null)[] = ns.map((n, i) =>
    opts.excluded?.[i] ? 'excluded' : n < k ? 'below-k' : null,
  );
  const totalSuppressed = protect(ns, out, k, rules, 'total', opts.size);
  return { groups: out, rules, totalSuppressed };
}

/**
 * Adds complementary suppressions in place; returns true when the total itself must be hidden.
 * The hidden groups are safe when none needs protecting (only excluded units of ≥ k), or when at least two
 * non-empty groups are hidden with ≥ k respondents together (total − Σ shown is then their sum, which
 * tells nothing about any one of them).
 */
function protect(
  ns: readonly number[],
  hidden: (SuppressionReason | null)[],
  k: number,
  rules: (ComplementaryRule | null)[],
  rule: ComplementaryRule,
  size?: readonly number[],
): boolean {
  for (;;) {
    let count = 0;
    let sum = 0;
    let sensitive = false;
    ns.forEach((n, i) => {
      if (hidden[i] !== null && n > 0) {
        count++;
        sum += n;
        // an excluded unit of ≥ k may be worked out (it is no small group); anything else hidden may not
        if (hidden[i] !== 'excluded' || n < k) sensitive = true;
      }
    });
    if (!sensitive || (count >= 2 && sum >= k)) return false;
    let pick = -1;
    ns.forEach((n, i) => {
      if (hidden[i] !== null || n === 0) return;
      const p = ns[pick] ?? Infinity;
      if (n < p || (n === p && (size?.[i] ?? n) < (size?.[pick] ?? p))) pick = i;
    });
    if (pick < 0) return true;
    hidden[pick] = 'complementary';
    rules[pick] = rule;
  }
}

export type CrossedSuppression = {
  cells: (SuppressionReason | null)[][];
  rows: (SuppressionReason | null)[];
  cols: (SuppressionReason | null)[];
  cellRules: (ComplementaryRule | null)[][];
  rowRules: (ComplementaryRule | null)[];
  colRules: (ComplementaryRule | null)[];
  totalSuppressed: boolean;
};

/**
 * Suppression of a crossed table: cells[r][c] = n of row group r × column group c. Margins are
 * Σ over the row (column) and are shown unless suppressed; the grand total is shown unless < k.
 *
 * @throws Error('suppressCrossed: …') on a ragged table, k < 1 or a bad n.
 */
export function suppressCrossed(
  cells: readonly (readonly number[])[],
  k: number,
  excluded: { rows?: readonly boolean[] | undefined; cols?: readonly boolean[] | undefined } = {},
): CrossedSuppression {
  const R = cells.length;
  const C = R ? cells[0]!.length : 0;
  for (const row of cells) {
    if (row.length !== C) throw new Error('suppressCrossed: rows have different lengths');
    checkInput('suppressCrossed', row, k);
  }
  checkInput('suppressCrossed', [], k);
  const rowN = cells.map((row) => row.reduce((s, n) => s + n, 0));
  const colN = Array.from({ length: C }, (_, c) => cells.reduce((s, row) => s + row[c]!, 0));
  const total = rowN.reduce((s, n) => s + n, 0);
  const hide = cells.map((row) => row.map((n): SuppressionReason | null => (n < k ? 'below-k' : null)));
  const rows = rowN.map((n, r): SuppressionReason | null =>
    excluded.rows?.[r] ? 'excluded' : n < k ? 'below-k' : null,
  );
  const cols = colN.map((n, c): SuppressionReason | null =>
    excluded.cols?.[c] ? 'excluded' : n < k ? 'below-k' : null,
  );
  const cellRules = cells.map((row) => row.map((): ComplementaryRule | null => null));
  const rowRules = rowN.map((): ComplementaryRule | null => null);
  const colRules = colN.map((): ComplementaryRule | null => null);
  if (total < k) {
    return {
      cells: cells.map((row) => row.map(() => 'below-k')),
      rows: rows.map(() => 'below-k'),
      cols: cols.map(() => 'below-k'),
      cellRules,
      rowRules,
      colRules,
      totalSuppressed: true,
    };
  }
  let totalSuppressed = false;
  const snapshot = () => JSON.stringify([hide, rows, cols, totalSuppressed]);
  for (let before = ''; ;) {
    before = snapshot();
    totalSuppressed = protect(rowN, rows, k, rowRules, 'total') || totalSuppressed;
    totalSuppressed = protect(colN, cols, k, colRules, 'total') || totalSuppressed;
    const byMargin = (r: number, c: number): void => {
      if (hide[r]![c] !== null) return;
      hide[r]![c] = 'complementary';
      cellRules[r]![c] = 'margin';
    };
    for (let r = 0; r < R; r++) if (rows[r]) for (let c = 0; c < C; c++) byMargin(r, c);
    for (let c = 0; c < C; c++) if (cols[c]) for (let r = 0; r < R; r++) byMargin(r, c);
    for (let r = 0; r < R; r++) {
      // ties go to the smaller column (row), so equally small cells are hidden in the same places
      if (rows[r] === null && protect(cells[r]!, hide[r]!, k, cellRules[r]!, 'row-total', colN)) {
        rows[r] = 'complementary';
        rowRules[r] = 'margin';
      }
    }
    for (let c = 0; c < C; c++) {
      if (cols[c] !== null) continue;
      const colCells = cells.map((row) => row[c]!);
      const colHide = hide.map((row) => row[c]!);
      const colRule = cellRules.map((row) => row[c]!);
      if (protect(colCells, colHide, k, colRule, 'column-total', rowN)) {
        cols[c] = 'complementary';
        colRules[c] = 'margin';
      }
      colHide.forEach((h, r) => (hide[r]![c] = h));
      colRule.forEach((h, r) => (cellRules[r]![c] = h));
    }
    if (before !== snapshot()) continue;
    if (totalSuppressed) break;
    // The row and column sweep is done: audit the whole table, and where a hidden cell still follows
    // from a combination of rows and columns, hide the smallest shown cell of its row (else column,
    // else the row total) and sweep again.
    const leak = determinedHiddenCells(
      cells,
      hide.map((row) => row.map((h) => h !== null)),
      rows.map((x) => x === null),
      cols.map((x) => x === null),
      true,
    )[0];
    if (!leak) break;
    const [lr, lc] = leak;
    const smallest = (pos: [number, number][]): [number, number] | null =>
      pos
        .filter(([r, c]) => hide[r]![c] === null && cells[r]![c]! > 0)
        .sort(([r1, c1], [r2, c2]) => cells[r1]![c1]! - cells[r2]![c2]! || colN[c1]! - colN[c2]!)[0] ?? null;
    const pick =
      smallest(Array.from({ length: C }, (_, c): [number, number] => [lr, c])) ??
      smallest(Array.from({ length: R }, (_, r): [number, number] => [r, lc]));
    if (pick) {
      hide[pick[0]]![pick[1]] = 'complementary';
      cellRules[pick[0]]![pick[1]] = pick[0] === lr ? 'row-total' : 'column-total';
    } else if (rows[lr] === null) {
      rows[lr] = 'complementary';
      rowRules[lr] = 'margin';
    } else if (cols[lc] === null) {
      cols[lc] = 'complementary';
      colRules[lc] = 'margin';
    } else totalSuppressed = true;
  }
  return { cells: hide, rows, cols, cellRules, rowRules, colRules, totalSuppressed };
}
