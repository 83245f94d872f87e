import { GlobalFonts } from '@napi-rs/canvas';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** The report's font family: shipped in resources/fonts so output does not depend on system fonts. */
export const REPORT_FONT = 'Roboto';

export type ReportFontFiles = { normal: string; bold: string; italics: string; bolditalics: string };

/** Paths of the four Roboto faces; Medium serves as bold (the consultancy look, less heavy than Bold). */
export function reportFontFiles(resourcesDir: string): ReportFontFiles {
  const dir = join(resourcesDir, 'fonts');
  const files = {
    normal: join(dir, 'Roboto-Regular.ttf'),
    bold: join(dir, 'Roboto-Medium.ttf'),
    italics: join(dir, 'Roboto-Italic.ttf'),
    bolditalics: join(dir, 'Roboto-MediumItalic.ttf'),
  };
  for (const f of Object.values(files)) {
    if (!existsSync(f)) throw new Error(`reportFontFiles: missing font ${f}`);
  }
  return files;
}

const registered = new Set<string>();

/** Registers the report fonts with the canvas once per process (GlobalFonts is process-wide). */
export function registerCanvasFonts(resourcesDir: string): void {
  const files = reportFontFiles(resourcesDir);
  for (const f of Object.values(files)) {
    if (registered.has(f)) continue;
    if (!GlobalFonts.registerFromPath(f, REPORT_FONT))
      throw new Error(`registerCanvasFonts: could not load ${f}`);
    registered.add(f);
  }
}
