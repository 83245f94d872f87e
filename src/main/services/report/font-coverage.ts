/**
 * The code points a TrueType font maps to glyphs, read from its `cmap` table (formats 4 and 12, the
 * two every Unicode font carries), and the split of a text into runs each font can print.
 */
export function cmapCodePoints(font: Buffer): Set<number> {
  const out = new Set<number>();
  const tables = font.readUInt16BE(4);
  let cmap = -1;
  for (let i = 0; i < tables; i++) {
    const rec = 12 + i * 16;
    if (font.toString('latin1', rec, rec + 4) === 'cmap') cmap = font.readUInt32BE(rec + 8);
  }
  if (cmap < 0) return out;
  const subtables = font.readUInt16BE(cmap + 2);
  for (let i = 0; i < subtables; i++) {
    const platform = font.readUInt16BE(cmap + 4 + i * 8);
    const offset = cmap + font.readUInt32BE(cmap + 8 + i * 8);
    if (platform !== 0 && platform !== 3) continue;
    const format = font.readUInt16BE(offset);
    if (format === 4) readFormat4(font, offset, out);
    else if (format === 12) readFormat12(font, offset, out);
  }
  return out;
}

function readFormat4(f: Buffer, at: number, out: Set<number>): void {
  const segs = f.readUInt16BE(at + 6) / 2;
  const ends = at + 14;
  const starts = ends + segs * 2 + 2;
  const deltas = starts + segs * 2;
  const rangeOffsets = deltas + segs * 2;
  for (let s = 0; s < segs; s++) {
    const end = f.readUInt16BE(ends + s * 2);
    const start = f.readUInt16BE(starts + s * 2);
    const delta = f.readInt16BE(deltas + s * 2);
    const ro = f.readUInt16BE(rangeOffsets + s * 2);
    for (let c = start; c <= end && c !== 0xffff; c++) {
      let glyph: number;
      if (ro === 0) glyph = (c + delta) & 0xffff;
      else {
        const g = f.readUInt16BE(rangeOffsets + s * 2 + ro + (c - start) * 2);
        glyph = g === 0 ? 0 : (g + delta) & 0xffff;
      }
      if (glyph !== 0) out.add(c);
    }
  }
}

function readFormat12(f: Buffer, at: number, out: Set<number>): void {
  const groups = f.readUInt32BE(at + 12);
  for (let g = 0; g < groups; g++) {
    const rec = at + 16 + g * 12;
    const start = f.readUInt32BE(rec);
    const end = f.readUInt32BE(rec + 4);
    const glyph = f.readUInt32BE(rec + 8);
    for (let c = start; c <= end; c++) if (glyph + (c - start) !== 0) out.add(c);
  }
}

export type TextRun = { text: string; font?: string };

/** Joiners and variation selectors: invisible, and meaningless once their emoji is dropped. */
const INVISIBLE = /^(?:\u200d|\ufe0e|\ufe0f|\p{Emoji_Modifier})$/u;

/**
 * Splits a text into runs, each in the first family that has all its glyphs (`font` is left out for
 * the main family). A character no shipped font has — a colour emoji, mostly — is left out rather
 * than printed as an empty box; `dropped` counts them.
 */
export function glyphRuns(
  text: string,
  coverage: { family: string; has: (cp: number) => boolean }[],
): { runs: TextRun[]; dropped: number } {
  const runs: TextRun[] = [];
  let dropped = 0;
  const main = coverage[0]?.family;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    const isSpace = cp < 0x21 || ch === '\u00a0';
    if (!isSpace && INVISIBLE.test(ch)) continue;
    const family = isSpace ? main : coverage.find((c) => c.has(cp))?.family;
    if (family === undefined) {
      dropped++;
      continue;
    }
    const last = runs.at(-1);
    const font = family === main ? undefined : family;
    if (last && last.font === font) last.text += ch;
    else runs.push(font === undefined ? { text: ch } : { text: ch, font });
  }
  return { runs, dropped };
}
