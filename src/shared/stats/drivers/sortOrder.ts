/**
 * The stable ascending order of a column's values by a radix sort of their IEEE 754 bits.
 */

/** Below this many values a comparison sort is quicker than four 65,536-bucket histograms. */
const RADIX_MIN = 4096;
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/**
 * The positions 0..n−1 of `values` (no NaN) sorted by value, ties in ascending position (a stable
 * sort; −0 ties with 0). Large inputs: an LSD radix sort on 16-bit digits of each double's bits,
 * mapped to unsigned integers that sort as the numbers do (flip every bit of a negative, the sign
 * bit of a positive), skipping digits that every value shares — about 4 passes over the data
 * instead of n log n calls of a comparator.
 */
export function stableOrder(values: Float64Array): Uint32Array {
  const n = values.length;
  if (n < RADIX_MIN || !LITTLE_ENDIAN) {
    const order = Array.from({ length: n }, (_, i) => i);
    order.sort((a, b) => values[a] - values[b]);
    return Uint32Array.from(order);
  }
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) keys[i] = values[i] + 0; // −0 + 0 is +0: one key for one tie group
  const words = new Uint32Array(keys.buffer); // little-endian: [2i] low word, [2i + 1] high word
  for (let i = 0; i < n; i++) {
    const hi = words[2 * i + 1];
    if (hi & 0x80000000) {
      words[2 * i + 1] = ~hi;
      words[2 * i] = ~words[2 * i];
    } else words[2 * i + 1] = hi | 0x80000000;
  }
  const counts = new Uint32Array(4 * 65536);
  for (let i = 0; i < n; i++) {
    const lo = words[2 * i];
    const hi = words[2 * i + 1];
    counts[lo & 0xffff]++;
    counts[65536 + (lo >>> 16)]++;
    counts[131072 + (hi & 0xffff)]++;
    counts[196608 + (hi >>> 16)]++;
  }
  let order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  let next = new Uint32Array(n);
  for (let pass = 0; pass < 4; pass++) {
    const base = pass * 65536;
    const word = pass >> 1;
    const shift = (pass & 1) * 16;
    const first = (words[word] >>> shift) & 0xffff;
    if (counts[base + first] === n) continue; // every value has this digit
    let sum = 0;
    for (let d = 0; d < 65536; d++) {
      const c = counts[base + d];
      counts[base + d] = sum;
      sum += c;
    }
    for (let t = 0; t < n; t++) {
      const i = order[t];
      const digit = (words[2 * i + word] >>> shift) & 0xffff;
      next[counts[base + digit]++] = i;
    }
    const swap = order;
    order = next;
    next = swap;
  }
  return order;
}
