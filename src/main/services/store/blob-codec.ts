import { pointsInto } from '../../../shared/stats/points';

/**
 * Typed arrays as the BLOBs of the answers store (see answers-store.ts): stored little-endian, as every
 * platform the app runs on holds them; values one byte each where they can be (see encodeValues).
 */

export function blobOf(a: Float64Array | Int32Array | Uint8Array): Buffer {
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength);
}

/** Copies a BLOB's bytes into `target` from element `at` (a copy, whatever the BLOB's alignment). */
export function copyInto(target: Float64Array | Int32Array | Uint8Array, at: number, blob: Buffer): void {
  const bytes = new Uint8Array(target.buffer, target.byteOffset + at * target.BYTES_PER_ELEMENT, blob.length);
  bytes.set(blob);
}

export function int32s(blob: Buffer): Int32Array {
  const a = new Int32Array(blob.length / 4);
  copyInto(a, 0, blob);
  return a;
}

/**
 * Values (and weights) are stored compactly when they can be: a column whose values are all whole
 * numbers 0–254 or NaN (nearly every survey answer) as one byte each, 255 for NaN; any other as
 * Float64Array. The BLOB's length tells which: n bytes or 8n bytes for a block of n respondents.
 */
export function encodeValues(values: Float64Array): Buffer {
  const n = values.length;
  for (let i = 0; i < n; i++) {
    const v = values[i]!;
    if (v === v && !(v >= 0 && v <= 254 && Math.floor(v) === v && !Object.is(v, -0))) return blobOf(values);
  }
  const out = Buffer.allocUnsafe(n);
  for (let i = 0; i < n; i++) {
    const v = values[i]!;
    out[i] = v === v ? v : 255;
  }
  return out;
}

/** Cells per call of the decoding loop: a small function called often is optimised early. */
const CODE_BLOCK = 4096;

/** Decodes `m` stored values into `target` from element `at` (see encodeValues). */
export function decodeValuesInto(target: Float64Array, at: number, blob: Buffer, m: number): void {
  if (blob.length === m * 8) {
    copyInto(target, at, blob);
    return;
  }
  if (blob.length !== m) throw new Error(`a stored column holds ${blob.length} bytes for ${m} respondents`);
  pointsInto(target, at, blob);
}

/**
 * Decodes one stored column of `m` respondents into `values` and `missing` from element `at`: the
 * values as decodeValuesInto, the missing codes with a blank cell (255, nothing stored) read as no
 * answer (1), through a table in blocks of codes (faster than visiting each blank cell, once blanks
 * are more than a few in a hundred).
 */
export function decodeColumnInto(
  values: Float64Array,
  missing: Uint8Array,
  at: number,
  vals: Buffer,
  codes: Buffer,
  m: number,
): void {
  decodeValuesInto(values, at, vals, m);
  decodeCodesInto(missing, at, codes, m);
}

/**
 * Decodes one stored column's `m` missing codes into `missing` from element `at` (see above): copied
 * whole, then four codes at a time turned 255 → 1 (a byte with its top bit set is flipped by 0xFE).
 * The codes are 0–3 and 255; a block holding any other byte from 128 up (a damaged file) is decoded
 * again code by code, so it reads as stored.
 */
export function decodeCodesInto(missing: Uint8Array, at: number, codes: Buffer, m: number): void {
  if (codes.length !== m) throw new Error(`a stored column holds ${codes.length} codes for ${m} respondents`);
  const start = missing.byteOffset + at;
  const words = m >> 2;
  if (start % 4 === 0 && words > 0) {
    missing.set(codes, at);
    if (wordsRead(new Int32Array(missing.buffer, start, words))) {
      for (let j = words << 2; j < m; j++) missing[at + j] = CODE_READ[codes[j]!]!;
      return;
    }
  }
  for (let j0 = 0; j0 < m; j0 += CODE_BLOCK) codesInto(missing, at, codes, j0, Math.min(m, j0 + CODE_BLOCK));
}

/**
 * Four codes per word, in place: each byte 255 becomes 1 (x ^ 0xFE), the others stay. False when a
 * byte from 128 to 254 was among them (they are then changed too: the caller decodes them again).
 */
function wordsRead(w: Int32Array): boolean {
  let odd = 0;
  for (let i = 0; i < w.length; i++) {
    const x = w[i]!;
    const top = (x >>> 7) & 0x01010101;
    odd |= ~x & Math.imul(top, 0x7f);
    w[i] = x ^ Math.imul(top, 0xfe);
  }
  return odd === 0;
}

/** A stored missing code as read: a blank cell (255) no answer (1), any other itself. */
const CODE_READ = Uint8Array.from({ length: 256 }, (_, c) => (c === 255 ? 1 : c));

function codesInto(missing: Uint8Array, at: number, codes: Buffer, j0: number, j1: number): void {
  for (let j = j0; j < j1; j++) missing[at + j] = CODE_READ[codes[j]!]!;
}

/**
 * A Float64Array of n elements whose contents are not cleared: for a caller that writes every
 * element before reading any (Buffer.allocUnsafeSlow gives it an ArrayBuffer of its own, so aligned).
 */
export function uninitialisedFloat64s(n: number): Float64Array {
  const bytes = Buffer.allocUnsafeSlow(n * 8);
  return new Float64Array(bytes.buffer, bytes.byteOffset, n);
}

export function float64s(blob: Buffer, m: number): Float64Array {
  const a = new Float64Array(m);
  decodeValuesInto(a, 0, blob, m);
  return a;
}
