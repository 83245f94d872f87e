/**
 * The exact audit behind crossed-table suppression: which hidden cells a reader could still work
 * out from the published figures by any linear combination (the shown cells, the shown row and
 * column totals and the whole), not just by subtracting within one row or column. A hidden cell is
 * determined when every solution of the published equations gives it the same value — when its
 * coordinate is zero in every vector of the equations' null space (Hundepool et al. 2012, §4.4.3,
 * the "interval" of a cell shrinking to a point; here without the n ≥ 0 bounds, which only the LP
 * audit adds). Solved by Gauss–Jordan elimination over the hidden cells (small integer systems).
 */

/** Positions [r, c] of the hidden non-empty cells whose value follows from what is shown. */
export function determinedHiddenCells(
  cells: readonly (readonly number[])[],
  hidden: readonly (readonly boolean[])[],
  rowShown: readonly boolean[],
  colShown: readonly boolean[],
  totalShown: boolean,
): [number, number][] {
  const R = cells.length;
  const C = R ? cells[0]!.length : 0;
  const vars: [number, number][] = [];
  for (let r = 0; r < R; r++) for (let c = 0; c < C; c++) if (hidden[r]![c]) vars.push([r, c]);
  const V = vars.length;
  if (!V) return [];
  const eqs: Float64Array[] = [];
  const add = (inEq: (r: number, c: number) => boolean): void => {
    const e = new Float64Array(V);
    let any = false;
    vars.forEach(([r, c], i) => {
      if (inEq(r, c)) {
        e[i] = 1;
        any = true;
      }
    });
    if (any) eqs.push(e);
  };
  for (let r = 0; r < R; r++) if (rowShown[r]) add((rr) => rr === r);
  for (let c = 0; c < C; c++) if (colShown[c]) add((_, cc) => cc === c);
  if (totalShown) add(() => true);
  // Gauss–Jordan to reduced row echelon form
  const pivotOf: number[] = [];
  let row = 0;
  for (let col = 0; col < V && row < eqs.length; col++) {
    let p = row;
    for (let i = row + 1; i < eqs.length; i++) if (Math.abs(eqs[i]![col]!) > Math.abs(eqs[p]![col]!)) p = i;
    if (Math.abs(eqs[p]![col]!) < 1e-9) continue;
    [eqs[row], eqs[p]] = [eqs[p]!, eqs[row]!];
    const pr = eqs[row]!;
    const f0 = pr[col]!;
    for (let j = 0; j < V; j++) pr[j]! /= f0;
    for (let i = 0; i < eqs.length; i++) {
      if (i === row) continue;
      const f = eqs[i]![col]!;
      if (Math.abs(f) < 1e-12) continue;
      const ei = eqs[i]!;
      for (let j = 0; j < V; j++) ei[j]! -= f * pr[j]!;
    }
    pivotOf.push(col);
    row++;
  }
  const isPivot = new Uint8Array(V);
  for (const c of pivotOf) isPivot[c] = 1;
  const out: [number, number][] = [];
  pivotOf.forEach((col, i) => {
    const e = eqs[i]!;
    for (let j = 0; j < V; j++) if (!isPivot[j] && Math.abs(e[j]!) > 1e-9) return;
    const [r, c] = vars[col]!;
    if (cells[r]![c]! > 0) out.push([r, c]);
  });
  return out;
}
