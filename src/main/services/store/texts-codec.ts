/**
 * How a stored answer column's texts (comments, choice codes, labels) are held in its `texts` TEXT
 * field, so that loading a wave does not parse one JSON string per respondent:
 *  - NULL: the column has no text;
 *  - `{"f":"v"}`: each answered cell's text is its value written as a number (`String(value)`), every
 *    other cell has none: the usual choice codes "1", "2", … stored once as values only;
 *  - `{"d":[…],"i":"…"}`: the distinct texts once (`d`), and per cell one character, code
 *    INDEX_BASE + k: k = 0 no text, k ≥ 1 the text d[k − 1] (labels such as a channel's name);
 *  - a JSON array of strings and nulls: any other column (and every column written before).
 */

/** The code of the index character for "no text"; k ≥ 1 is text d[k − 1]. Above Latin-1, below surrogates. */
const INDEX_BASE = 0x100;
/** At most this many distinct texts are held as a dictionary; a column with more is a JSON array. */
const MAX_DICT = 0xd000 - INDEX_BASE - 1;

export const FROM_VALUES = '{"f":"v"}';

/** String(v) of the small whole numbers, made once. */
const SMALL = Array.from({ length: 256 }, (_, i) => String(i));
const numberText = (v: number): string => (v >= 0 && v < 256 && (v | 0) === v ? SMALL[v]! : String(v));

/** The texts a column holds when they are its values written as numbers (see FROM_VALUES). */
export function textsFromValues(
  values: Float64Array,
  missing: Uint8Array,
  out: (string | null)[] = [],
): (string | null)[] {
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    out.push(missing[i] === 0 && v === v ? numberText(v) : null);
  }
  return out;
}

/** The stored form of a column's texts (null: none). */
export function encodeTexts(
  texts: (string | null)[] | null,
  values: Float64Array,
  missing: Uint8Array,
  from = 0,
  to = texts?.length ?? 0,
): string | null {
  if (!texts) return null;
  let any = false;
  let fromValues = true;
  for (let i = from; i < to; i++) {
    const t = texts[i] ?? null;
    if (t !== null) any = true;
    if (fromValues) {
      const v = values[i]!;
      const expected = missing[i] === 0 && v === v ? numberText(v) : null;
      if (t !== expected) fromValues = false;
    }
  }
  if (!any) return null;
  if (fromValues) return FROM_VALUES;
  const dict = new Map<string, number>();
  let index = '';
  const chars: number[] = [];
  for (let i = from; i < to; i++) {
    const t = texts[i] ?? null;
    let k = 0;
    if (t !== null) {
      k = dict.get(t) ?? 0;
      if (k === 0) {
        dict.set(t, (k = dict.size + 1));
        // Mostly distinct texts (comments) gain nothing from a dictionary.
        if (dict.size > MAX_DICT || dict.size > (to - from) / 2) {
          return JSON.stringify(from === 0 && to === texts.length ? texts : texts.slice(from, to));
        }
      }
    }
    chars.push(INDEX_BASE + k);
    if (chars.length === 4096) {
      index += String.fromCharCode(...chars);
      chars.length = 0;
    }
  }
  index += String.fromCharCode(...chars);
  return JSON.stringify({ d: [...dict.keys()], i: index });
}

/**
 * Decodes a stored `texts` field for a column of `m` cells (see encodeTexts), appending the m texts to
 * `out` (a new array by default); null when none is stored (nothing appended).
 */
export function decodeTexts(
  stored: string | null,
  m: number,
  values: () => { values: Float64Array; missing: Uint8Array },
  out?: (string | null)[],
): (string | null)[] | null {
  if (stored === null) return null;
  if (stored === FROM_VALUES) {
    const c = values();
    return textsFromValues(c.values, c.missing, out ?? []);
  }
  const parsed = JSON.parse(stored) as (string | null)[] | { d: string[]; i: string };
  if (Array.isArray(parsed)) {
    if (parsed.length !== m)
      throw new Error(`a stored text column holds ${parsed.length} cells for ${m} respondents`);
    if (!out) return parsed;
    for (let j = 0; j < m; j++) out.push(parsed[j] ?? null);
    return out;
  }
  out ??= [];
  const { d, i } = parsed;
  if (i.length !== m) throw new Error(`a stored text column holds ${i.length} cells for ${m} respondents`);
  const byIndex: (string | null)[] = [null, ...d];
  // grown once and written in place: about twice as fast as a push per cell
  const base = out.length;
  out.length = base + m;
  for (let j = 0; j < m; j++) out[base + j] = byIndex[i.charCodeAt(j) - INDEX_BASE] ?? null;
  return out;
}
