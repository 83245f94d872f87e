import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { expect, it } from 'vitest';
import { mutateBytes } from './damaged-fixtures';
import { readImportFileGuarded } from './read-sandbox';

const FIX = resolve(__dirname, '../../../../tests/fixtures/import');
const SOURCES = [
  'scandinavian/nb-semicolon-win1252.csv',
  'scandinavian/libreoffice-nb-semicolon-win1252.xlsx',
  'scandinavian/libreoffice-nb-semicolon-win1252.xls',
  'scandinavian/libreoffice-da-semicolon-utf8bom.ods',
].map((p) => ({ name: p.split('/').pop()!, bytes: readFileSync(join(FIX, p)) }));

const FILES = 2000;
/** Per file: far below the app's 20 s read deadline, so a run near it fails here first. */
const PER_FILE_MS = 3000;
const CLEAR = new Set(['IMPORT_UNREADABLE', 'IMPORT_TOO_LARGE']);

function worker(): Worker {
  const loader = createRequire(import.meta.url).resolve('tsx');
  return new Worker(new URL('./fuzz-batch-worker.ts', import.meta.url), {
    execArgv: ['--import', pathToFileURL(loader).href],
  });
}

it(`reads ${FILES} seeded byte-damaged csv/xlsx/xls/ods files: no crash, none past the deadline`, async () => {
  let w = worker();
  const outcomes = { read: 0, refused: 0, hung: 0 };
  try {
    for (let i = 0; i < FILES; i++) {
      const src = SOURCES[i % SOURCES.length]!;
      const seed = 1 + i;
      // Mostly a few bytes overwritten; every seventh file also cut short.
      let bytes = mutateBytes(src.bytes, seed, 1 + (i % 8));
      if (i % 7 === 3) bytes = bytes.subarray(0, Math.max(1, Math.floor((bytes.length * (i % 97)) / 97)));
      const t = Date.now();
      const r = await new Promise<{ code: string | null; message: string } | 'timeout'>((res) => {
        const timer = setTimeout(() => res('timeout'), PER_FILE_MS);
        w.once('message', (m: { code: string | null; message: string }) => {
          clearTimeout(timer);
          res(m);
        });
        w.postMessage({ id: i, name: src.name, bytes });
      });
      if (r === 'timeout') {
        // The parser loops on this file: the app's watchdog must refuse it within its deadline.
        await w.terminate();
        w = worker();
        outcomes.hung++;
        process.env['TOUCHPOINT_READ_DEADLINE_MS'] = '2000';
        const g = Date.now();
        await expect(readImportFileGuarded(src.name, bytes)).rejects.toThrow(
          `${src.name}: damaged or too complex: stopped after 2 s`,
        );
        delete process.env['TOUCHPOINT_READ_DEADLINE_MS'];
        expect(Date.now() - g, `${src.name} seed ${seed} (${Date.now() - t} ms)`).toBeLessThan(4000);
        continue;
      }
      if (r.code === null) outcomes.read++;
      else {
        outcomes.refused++;
        expect(CLEAR, `${src.name} seed ${seed}: ${r.code}: ${r.message}`).toContain(r.code);
      }
    }
  } finally {
    await w.terminate();
  }
  expect(outcomes.read + outcomes.refused + outcomes.hung).toBe(FILES);
  expect(outcomes.refused).toBeGreaterThan(100);
}, 300_000);
