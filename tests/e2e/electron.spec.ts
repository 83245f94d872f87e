import { _electron as electron, expect, test } from '@playwright/test';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/**
 * The Electron binary's path, or null when it was never downloaded (ELECTRON_SKIP_BINARY_DOWNLOAD=1).
 * Looks on disk rather than `require('electron')`, which would try to download a missing binary.
 */
function electronBinary(): string | null {
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) return process.env.ELECTRON_OVERRIDE_DIST_PATH;
  try {
    const dir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
    const pathFile = join(dir, 'path.txt');
    if (!existsSync(pathFile)) return null;
    const exe = join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
    return existsSync(exe) ? exe : null;
  } catch {
    return null;
  }
}

const binary = electronBinary();
if (binary === null) {
  process.stderr.write(
    'Electron smoke test SKIPPED: the Electron binary is not installed here (ELECTRON_SKIP_BINARY_DOWNLOAD=1); ' +
      'the renderer and services are covered through the browser host.\n',
  );
}

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
    // Served from the app's own scheme, not file://, and the page can call only the contract.
    expect(win.url()).toBe('app://touchpoint/index.html');
    type Invoke = (name: string, input: unknown) => Promise<unknown>;
    const call = (name: string, input: unknown) =>
      win.evaluate(
        ([n, i]) => (globalThis as unknown as { api: { invoke: Invoke } }).api.invoke(n as string, i),
        [name, input] as const,
      );
    expect(await call('no/such', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_OPERATION' } });
    // A path the page makes up is refused like a missing file: only dialogs and the recent list count.
    expect(await call('study/open', { path: join(tmpdir(), 'typed.tpstudy') })).toMatchObject({
      ok: false,
      error: { code: 'FILE_NOT_FOUND' },
    });
  } finally {
    await app.close();
  }
});
