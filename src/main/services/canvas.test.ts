import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { napiCanvas, napiCanvasWithSystemFonts } from './canvas';

const systemHasFonts =
  process.platform === 'linux' &&
  existsSync('/usr/share/fonts') &&
  readdirSync('/usr/share/fonts').length > 0;

describe('the canvas package', () => {
  it.runIf(systemHasFonts)('loads without the system fonts, and with them only when asked', () => {
    const families = () => napiCanvas().GlobalFonts.families.map((f) => f.family);
    // this test file's process has loaded the package nowhere else
    expect(families()).toEqual([]);
    napiCanvasWithSystemFonts();
    expect(families().length).toBeGreaterThan(0);
  });
});
