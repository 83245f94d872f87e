/**
 * Walks a .sav file's dictionary record by record, with bounds checks, for what sav-reader does not
 * give: the extension records (type 7) by subtype, and the short names of the variable records that
 * begin a variable (continuation records of long strings left out). The layout follows the "System
 * File Format" chapter of the GNU PSPP Developers Guide. Damaged input never throws: the walk stops
 * with a warning (`what` names the records the caller was looking for) and returns what it read.
 */

import type { ReadWarning } from '../../../shared/import/read-warnings';
import { readWarning } from '../../../shared/import/read-warnings';

export type ExtensionRecord = {
  subtype: number;
  /** Bytes per element and number of elements. */
  size: number;
  count: number;
  /** The record's data: bytes [start, end) of the file. */
  start: number;
  end: number;
};

export type Dictionary = {
  /** Short names of the variables in file order (one per variable record that is not a continuation). */
  variables: string[];
  extensions: ExtensionRecord[];
  /** The file's byte order (from the layout code). */
  littleEndian: boolean;
};

const HEADER_BYTES = 176;

export function walkDictionary(bytes: Uint8Array, warnings: ReadWarning[]): Dictionary {
  const variables: string[] = [];
  const extensions: ExtensionRecord[] = [];
  if (bytes.length < HEADER_BYTES) return { variables, extensions, littleEndian: true };
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The layout code (2 or 3) tells the byte order.
  const layout = view.getInt32(64, true);
  const le = layout === 2 || layout === 3;
  const out: Dictionary = { variables, extensions, littleEndian: le };
  let pos = HEADER_BYTES;
  const int = (): number | null => {
    if (pos + 4 > bytes.length) return null;
    const v = view.getInt32(pos, le);
    pos += 4;
    return v;
  };
  const skip = (n: number): boolean => {
    if (!Number.isFinite(n) || n < 0 || pos + n > bytes.length) return false;
    pos += n;
    return true;
  };
  const damaged = (why: string) => {
    warnings.push(readWarning('dictionaryDamaged', { at: pos, detail: why }));
    return out;
  };
  for (;;) {
    const type = int();
    if (type === null) return damaged('it ends before its end record');
    if (type === 999) return out;
    if (type === 2) {
      const fields = [int(), int(), int(), int(), int()];
      const nameAt = pos;
      if (fields.some((f) => f === null) || !skip(8)) return damaged('a variable record is cut short');
      const [width, hasLabel, nMissing] = fields as number[];
      if (width !== -1)
        variables.push(
          Buffer.from(bytes.subarray(nameAt, nameAt + 8))
            .toString('latin1')
            .trimEnd(),
        );
      if (hasLabel === 1) {
        const len = int();
        if (len === null || !skip(Math.ceil(len / 4) * 4))
          return damaged('a variable label runs past the end');
      }
      if (!skip(Math.abs(nMissing!) * 8)) return damaged('missing values run past the end');
    } else if (type === 3) {
      const count = int();
      if (count === null || count < 0) return damaged('a value label record is cut short');
      for (let i = 0; i < count; i++) {
        if (!skip(8) || pos >= bytes.length) return damaged('a value label runs past the end');
        const len = bytes[pos]!;
        if (!skip(Math.ceil((len + 1) / 8) * 8)) return damaged('a value label runs past the end');
      }
    } else if (type === 4) {
      const count = int();
      if (count === null || !skip(count * 4)) return damaged('a value label index list runs past the end');
    } else if (type === 6) {
      const lines = int();
      if (lines === null || !skip(lines * 80)) return damaged('the document record runs past the end');
    } else if (type === 7) {
      const subtype = int();
      const size = int();
      const count = int();
      if (subtype === null || size === null || count === null || size < 0 || count < 0)
        return damaged('an extension record is cut short');
      const start = pos;
      if (!skip(size * count)) return damaged(`extension record ${subtype} runs past the end`);
      extensions.push({ subtype, size, count, start, end: pos });
    } else {
      return damaged(`unknown record type ${type}`);
    }
  }
}
