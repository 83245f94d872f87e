/**
 * SPSS measurement levels, from a .sav file's variable display parameter record (record type 7,
 * subtype 11; "Variable Display Parameter Record" in the GNU PSPP Developers Guide): per variable, in
 * the order of the variable records and none for a long string's continuation records, its measure
 * (0 unknown, 1 nominal, 2 ordinal, 3 scale), then its display width (left out by old files) and its
 * alignment. The record's count is the number of variables times 3, or times 2 without widths. A
 * damaged record is left out with a warning.
 */

import type { ReadWarning } from '../../../shared/import/read-warnings';
import { readWarning } from '../../../shared/import/read-warnings';
import type { Dictionary } from './sav-dictionary';
import type { Measure } from '../../../shared/import/infer/labelled';

const MEASURES: Record<number, Measure> = { 0: 'unknown', 1: 'nominal', 2: 'ordinal', 3: 'scale' };

/** Each variable's declared measure by short name (upper case); empty when the file has no record. */
export function readMeasures(
  bytes: Uint8Array,
  dict: Dictionary,
  warnings: ReadWarning[],
): Map<string, Measure> {
  const out = new Map<string, Measure>();
  const recs = dict.extensions.filter((r) => r.subtype === 11);
  if (recs.length === 0) return out;
  if (recs.length > 1) warnings.push(readWarning('measuresRepeated'));
  const r = recs[0]!;
  const n = dict.variables.length;
  const fields = n > 0 && r.count === 3 * n ? 3 : n > 0 && r.count === 2 * n ? 2 : 0;
  if (r.size !== 4 || fields === 0) {
    warnings.push(readWarning('measuresShape', { count: r.count, size: r.size, variables: n }));
    return out;
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const bad: string[] = [];
  dict.variables.forEach((name, i) => {
    const code = view.getInt32(r.start + i * fields * 4, dict.littleEndian);
    const m = MEASURES[code];
    if (m) out.set(name.toUpperCase(), m);
    else bad.push(`${name} (${code})`);
  });
  if (bad.length) warnings.push(readWarning('measuresUnknown', { names: bad.join(', ') }));
  return out;
}
