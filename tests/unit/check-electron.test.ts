import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';

const run = (dir: string) =>
  spawnSync(process.execPath, [join(__dirname, '../../scripts/check-electron.mjs')], {
    env: { ...process.env, TOUCHPOINT_ELECTRON_DIR: dir },
    encoding: 'utf8',
  });

it('npm start without Electron ends with one line naming npm run web', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tp-electron-'));
  const r = run(dir);
  expect(r.status).toBe(1);
  expect(r.stderr.trim().split('\n')).toHaveLength(1);
  expect(r.stderr).toContain('npm run web');
});

it('passes when the binary is there', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tp-electron-'));
  writeFileSync(join(dir, 'path.txt'), 'electron');
  mkdirSync(join(dir, 'dist'));
  writeFileSync(join(dir, 'dist', 'electron'), '');
  expect(run(dir).status).toBe(0);
});
