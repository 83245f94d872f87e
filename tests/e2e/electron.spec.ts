import { _electron as electron, expect, test } from '@playwright/test';
import { existsSync, mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The Electron binary's path, or null when it was never downloaded (ELECTRON_SKIP_BINARY_DOWNLOAD=1). */
function electronBinary(): string | null {
  try {
    const require = createRequire(import.meta.url);
    const path = require('electron') as unknown;
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

const binary = electronBinary();

test('the desktop app opens on the start screen', async () => {
  test.skip(
    binary === null,
    'Electron binary not installed (ELECTRON_SKIP_BINARY_DOWNLOAD=1); the browser-host tests cover the renderer',
  );
  test.skip(!existsSync('out/main/index.js'), 'run `npx electron-vite build` first');
  const app = await electron.launch({
    args: ['.', '--no-sandbox'],
    executablePath: binary!,
    env: { ...process.env, TOUCHPOINT_DATA_DIR: mkdtempSync(join(tmpdir(), 'tp-electron-')) },
  });
  try {
    const win = await app.firstWindow();
    await expect(win.getByTestId('start-screen')).toBeVisible();
    await expect(win.getByTestId('open-sample')).toBeVisible();
  } finally {
    await app.close();
  }
});
