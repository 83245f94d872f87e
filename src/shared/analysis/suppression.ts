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
 * or column — not against every linear combination (that needs an LP audit, Hundepool §4.4.3).
 */

export type SuppressionReason = 'below-k' | 'complementary';

/** Per group: null when shown, else why it is hidden. */
export type OneWaySuppression = { groups: (SuppressionReason | null)[]; totalSuppressed: boolean };

/**
 * Decides which groups of a one-way table (with its total shown) are hidden; n are the unweighted
 * counts behind each group's statistic, and the total is Σn.
 *
 * @throws Error('suppressOneWay: …') on k < 1 or a negative / non-integer n.
 */
export function suppressOneWay(ns: readonly number[], k: number): OneWaySuppression {
  if (!(Number.isInteger(k) && k >= 1)) throw new Error(`suppressOneWay: k must be an integer ≥ 1, got ${k}`);
  for (const n of ns)
    if (!(Number.isInteger(n) && n >= 0))
      throw new Error(`suppressOneWay: n must be an integer ≥ 0, got ${n}`);
  const total = ns.reduce((s, n) => s + n, 0);
  const out: (SuppressionReason | null)[] = ns.map((n) => (n < k ? 'below-k' : null));
  if (total < k) return { groups: ns.map(() => 'below-k'), totalSuppressed: true };
  const totalSuppressed = protect(ns, out, k);
  return { groups: out, totalSuppressed };
}

/** Adds complementary suppressions in place; returns true when the total itself must be hidden. */
function protect(ns: readonly number[], hidden: (SuppressionReason | null)[], k: number): boolean {
  for (;;) {
    let count = 0;
    let sum = 0;
    ns.forEach((n, i) => {
      if (hidden[i] !== null && n > 0) {
        count++;
        sum += n;
      }
    });
    if (count === 0 || (count >= 2 && sum >= k)) return false;
    let pick = -1;
    ns.forEach((n, i) => {
      if (hidden[i] === null && n > 0 && (pick < 0 || n < ns[pick]!)) pick = i;
    });
    if (pick < 0) return true;
    hidden[pick] = 'complementary';
  }
}

export type CrossedSuppression = {
  cells: (SuppressionReason | null)[][];
  rows: (SuppressionReason | null)[];
  cols: (SuppressionReason | null)[];
  totalSuppressed: boolean;
};

/**
 * Suppression of a crossed table: cells[r][c] = n of row group r × column group c. Margins are
 * Σ over the row (column) and are shown unless suppressed; the grand total is shown unless < k.
 *
 * @throws Error('suppressCrossed: …') on a ragged table, k < 1 or a bad n.
 */
export function suppressCrossed(cells: readonly (readonly number[])[], k: number): CrossedSuppression {
  if (!(Number.isInteger(k) && k >= 1))
    throw new Error(`suppressCrossed: k must be an integer ≥ 1, got ${k}`);
  const R = cells.length;
  const C = R ? cells[0]!.length : 0;
  for (const row of cells) {
    if (row.length !== C) throw new Error('suppressCrossed: rows have different lengths');
    for (const n of row)
      if (!(Number.isInteger(n) && n >= 0))
        throw new Error(`suppressCrossed: n must be an integer ≥ 0, got ${n}`);
  }
  const rowN = cells.map((row) => row.reduce((s, n) => s + n, 0));
  const colN = Array.from({ length: C }, (_, c) => cells.reduce((s, row) => s + row[c]!, 0));
  const total = rowN.reduce((s, n) => s + n, 0);
  const hide = cells.map((row) => row.map((n): SuppressionReason | null => (n < k ? 'below-k' : null)));
  const rows = rowN.map((n): SuppressionReason | null => (n < k ? 'below-k' : null));
  const cols = colN.map((n): SuppressionReason | null => (n < k ? 'below-k' : null));
  if (total < k) {
    return {
      cells: cells.map((row) => row.map(() => 'below-k')),
      rows: rows.map(() => 'below-k'),
      cols: cols.map(() => 'below-k'),
      totalSuppressed: true,
    };
  }
  let totalSuppressed = false;
  const snapshot = () => JSON.stringify([hide, rows, cols, totalSuppressed]);
  for (let before = ''; before !== snapshot();) {
    before = snapshot();
    totalSuppressed = protect(rowN, rows, k) || totalSuppressed;
    totalSuppressed = protect(colN, cols, k) || totalSuppressed;
    for (let r = 0; r < R; r++) if (rows[r]) for (let c = 0; c < C; c++) hide[r]![c] ??= 'complementary';
    for (let c = 0; c < C; c++) if (cols[c]) for (let r = 0; r < R; r++) hide[r]![c] ??= 'complementary';
    for (let r = 0; r < R; r++) {
      if (rows[r] === null && protect(cells[r]!, hide[r]!, k)) rows[r] = 'complementary';
    }
    for (let c = 0; c < C; c++) {
      if (cols[c] !== null) continue;
      const colCells = cells.map((row) => row[c]!);
      const colHide = hide.map((row) => row[c]!);
      if (protect(colCells, colHide, k)) cols[c] = 'complementary';
      colHide.forEach((h, r) => (hide[r]![c] = h));
    }
  }
  return { cells: hide, rows, cols, totalSuppressed };
}
