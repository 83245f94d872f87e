import { defineConfig } from '@playwright/test';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Debian's Chromium; Playwright never downloads a browser here. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const E2E_PORT = Number(process.env.TOUCHPOINT_E2E_PORT ?? 47_900);
export const E2E_TOKEN = 'e2e-token-not-secret';
const dataDir = process.env.TOUCHPOINT_E2E_DATA ?? mkdtempSync(join(tmpdir(), 'tp-e2e-'));
process.env.TOUCHPOINT_E2E_DATA = dataDir;

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  timeout: 90_000,
  expect: { timeout: 15_000 },
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${E2E_PORT}`,
    viewport: { width: 1440, height: 900 },
    launchOptions: {
      executablePath: existsSync(CHROMIUM) ? CHROMIUM : undefined,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  webServer: {
    command: `npx tsx src/main/host/index.ts --port ${E2E_PORT} --token ${E2E_TOKEN} --data-dir "${dataDir}"`,
    url: `http://127.0.0.1:${E2E_PORT}/`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'pipe',
    // Imports in slow motion (a pause after each progress report), so the wizard's progress and
    // Cancel can be watched on a machine that imports 100,000 rows in a second.
    env: { ...(process.env as Record<string, string>), TOUCHPOINT_IMPORT_PAUSE_MS: '300' },
  },
});
