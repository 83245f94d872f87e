import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { napiCanvas } from '../canvas';
import { cmapCodePoints } from './font-coverage';

/**
 * The report's fonts, shipped in resources/fonts so output does not depend on system fonts: Noto Sans
 * (Latin, Greek, Cyrillic and more) for the text, and three Noto faces that fill its gaps glyph by
 * glyph — Noto Sans Math (→ − √ ≤), Noto Sans Symbols 2 (✓ and a few monochrome pictographs) and
 * Noto Emoji (the monochrome outline emoji: 😀 🎉 😡, a respondent's comment prints them, not boxes).
 */
export const REPORT_FONT = 'NotoSans';
// Noto Emoji before Symbols 2: its emoji (👍 too) share one style and Noto Sans' line height; Symbols 2's
// taller metrics would open up the line.
export const FALLBACK_FONTS = ['NotoSansMath', 'NotoEmoji', 'NotoSansSymbols2'] as const;
/** The family name the chart rasteriser draws with (chart specs name Roboto for the screen). */
export const CANVAS_FONT = 'Noto Sans';

export type ReportFontFiles = { normal: string; bold: string; italics: string; bolditalics: string };

const FACES: Record<string, ReportFontFiles> = {
  NotoSans: {
    normal: 'NotoSans-Regular.ttf',
    bold: 'NotoSans-Bold.ttf',
    italics: 'NotoSans-Italic.ttf',
    bolditalics: 'NotoSans-BoldItalic.ttf',
  },
  // One face each: bold or italic text falls back to the regular glyph, which beats a box.
  NotoSansMath: {
    normal: 'NotoSansMath-Regular.ttf',
    bold: 'NotoSansMath-Regular.ttf',
    italics: 'NotoSansMath-Regular.ttf',
    bolditalics: 'NotoSansMath-Regular.ttf',
  },
  NotoSansSymbols2: {
    normal: 'NotoSansSymbols2-Regular.ttf',
    bold: 'NotoSansSymbols2-Regular.ttf',
    italics: 'NotoSansSymbols2-Regular.ttf',
    bolditalics: 'NotoSansSymbols2-Regular.ttf',
  },
  NotoEmoji: {
    normal: 'NotoEmoji-Regular.ttf',
    bold: 'NotoEmoji-Regular.ttf',
    italics: 'NotoEmoji-Regular.ttf',
    bolditalics: 'NotoEmoji-Regular.ttf',
  },
};

function facesOf(resourcesDir: string, family: string): ReportFontFiles {
  const dir = join(resourcesDir, 'fonts');
  const f = FACES[family]!;
  const files = {
    normal: join(dir, f.normal),
    bold: join(dir, f.bold),
    italics: join(dir, f.italics),
    bolditalics: join(dir, f.bolditalics),
  };
  for (const p of Object.values(files)) {
    if (!existsSync(p)) throw new Error(`reportFontFiles: missing font ${p}`);
  }
  return files;
}

/** Paths of the faces of the main report font. */
export function reportFontFiles(resourcesDir: string): ReportFontFiles {
  return facesOf(resourcesDir, REPORT_FONT);
}

/** Every family pdfmake needs: the main font and its glyph fallbacks. */
export function pdfFontTable(resourcesDir: string): Record<string, ReportFontFiles> {
  return Object.fromEntries(Object.keys(FACES).map((f) => [f, facesOf(resourcesDir, f)]));
}

export type FontCoverage = { family: string; has: (cp: number) => boolean }[];

const coverageCache = new Map<string, FontCoverage>();

/** Which code points each family has (main font first), read from the fonts' cmap tables. */
export function fontCoverage(resourcesDir: string): FontCoverage {
  const cached = coverageCache.get(resourcesDir);
  if (cached) return cached;
  const out = [REPORT_FONT, ...FALLBACK_FONTS].map((family) => {
    const set = cmapCodePoints(readFileSync(facesOf(resourcesDir, family).normal));
    return { family, has: (cp: number) => set.has(cp) };
  });
  coverageCache.set(resourcesDir, out);
  return out;
}

const registered = new Set<string>();

/** Registers the report fonts with the canvas once per process (GlobalFonts is process-wide). */
export function registerCanvasFonts(resourcesDir: string): void {
  const dir = join(resourcesDir, 'fonts');
  const files: [string, string][] = [
    ...Object.values(facesOf(resourcesDir, REPORT_FONT)).map((f): [string, string] => [f, CANVAS_FONT]),
    [join(dir, 'NotoSansMath-Regular.ttf'), 'Noto Sans Math'],
    [join(dir, 'NotoSansSymbols2-Regular.ttf'), 'Noto Sans Symbols 2'],
    [join(dir, 'NotoEmoji-Regular.ttf'), 'Noto Emoji'],
  ];
  for (const [f, family] of files) {
    if (registered.has(f)) continue;
    if (!napiCanvas().GlobalFonts.registerFromPath(f, family))
      throw new Error(`registerCanvasFonts: could not load ${f}`);
    registered.add(f);
  }
}
