import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type * as NapiCanvas from '@napi-rs/canvas';

/**
 * @napi-rs/canvas, loaded on first use without the system's fonts. On load the package registers
 * every font the system has (on Linux several hundred, about 0.3 s of a report's start); the app
 * draws only with the fonts it ships (report/fonts.ts), so charts look the same on every machine
 * and the scan is skipped. Loaded here, not by an `import`, so the setting is in place before the
 * package's first line runs whatever order a bundle puts its imports in.
 */
let loaded: typeof NapiCanvas | undefined;

export function napiCanvas(): typeof NapiCanvas {
  if (!loaded) {
    process.env.DISABLE_SYSTEM_FONTS_LOAD ??= '1';
    loaded = createRequire(import.meta.url)('@napi-rs/canvas') as typeof NapiCanvas;
  }
  return loaded;
}

let systemFonts = false;

/**
 * The same with the system's fonts registered as the package would have (once per process): for
 * drawing a client's SVG logo, whose text names the fonts of the machine it was made on.
 */
export function napiCanvasWithSystemFonts(): typeof NapiCanvas {
  const c = napiCanvas();
  if (!systemFonts) {
    systemFonts = true;
    (c.GlobalFonts as unknown as { loadSystemFonts?: () => void }).loadSystemFonts?.();
    const home = homedir();
    const own =
      process.platform === 'win32'
        ? join(home, 'AppData', 'Local', 'Microsoft', 'Windows', 'Fonts')
        : process.platform === 'darwin'
          ? join(home, 'Library', 'Fonts')
          : join(home, '.fonts');
    if (existsSync(own)) c.GlobalFonts.loadFontsFromDir(own);
  }
  return c;
}
