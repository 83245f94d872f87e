/**
 * Large imports under load: `touchpoint import` of a 300,000 × 100 csv into a study with its
 * questions, 20 times in a row, while two other processes keep both cores busy (one spinning, one
 * allocating and dropping memory). Every run must either import every row or end with a message
 * (the command's JSON error, or its stderr); a run that ends any other way — killed by a signal, a
 * non-zero exit with nothing said, output that is not the command's JSON — is a silent failure, and
 * the script then exits 1. Each run imports into a fresh copy of the study; nothing is kept.
 *
 *   npx tsx tests/bench/import-under-load.ts [runs = 20] [rows = 300000]
 *
 * Not part of `npm run bench` (it takes a minute or two and loads the machine on purpose).
 */
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { benchDir, cliBin, root } from './common';
import { largeCsv, largeCsvStudy } from './large-import';

const runs = Number(process.argv[2] ?? 20);
const rows = Number(process.argv[3] ?? 300_000);
const COLUMNS = 100;

type Outcome = { kind: 'imported' | 'message' | 'silent'; text: string };

/** What one run of the command said, judged from its exit, stdout and stderr. */
export function judgeRun(
  status: number | null,
  signal: string | null,
  stdout: string,
  stderr: string,
  expected: number,
): Outcome {
  if (signal) return { kind: 'silent', text: `killed by ${signal}` };
  type Said = { ok?: boolean; imported?: number; error?: { code: string; message: string } };
  let json: Said | null;
  try {
    json = JSON.parse(stdout) as Said;
  } catch {
    json = null;
  }
  if (status === 0 && json && json.imported === expected)
    return { kind: 'imported', text: `${expected} rows` };
  if (json?.ok === false && json.error?.message) {
    return { kind: 'message', text: `${json.error.code}: ${json.error.message}` };
  }
  const said = stderr.trim().split('\n').pop() ?? '';
  if (status !== 0 && said !== '') return { kind: 'message', text: said.slice(0, 200) };
  return {
    kind: 'silent',
    text: `exit ${status}, ${json ? `imported ${json.imported}` : 'no JSON'}, stderr empty`,
  };
}

async function main(): Promise<void> {
  const csv = largeCsv(rows, COLUMNS);
  mkdirSync(benchDir, { recursive: true });
  const template = join(benchDir, `under-load-${process.pid}.tpstudy`);
  const study = join(benchDir, `under-load-run-${process.pid}.tpstudy`);
  rmSync(template, { force: true });
  await largeCsvStudy(template, COLUMNS);
  const load = [
    spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' }),
    spawn(
      process.execPath,
      ['-e', 'const a = []; for (;;) { a.push(new Array(1e5).fill(1)); if (a.length > 50) a.length = 0; }'],
      { stdio: 'ignore' },
    ),
  ];
  const counts = { imported: 0, message: 0, silent: 0 };
  try {
    for (let i = 1; i <= runs; i++) {
      copyFileSync(template, study);
      const t0 = performance.now();
      const r = spawnSync(process.execPath, [cliBin, 'import', study, csv, '--wave', '2026', '--json'], {
        cwd: root,
        encoding: 'utf8',
        maxBuffer: 256 << 20,
      });
      const s = ((performance.now() - t0) / 1000).toFixed(1);
      const o = judgeRun(r.status, r.signal, r.stdout ?? '', r.stderr ?? '', rows);
      counts[o.kind]++;
      console.log(`run ${String(i).padStart(2)}: ${o.kind} in ${s} s (${o.text})`);
      for (const ext of ['', '-journal', '-wal', '-shm']) rmSync(study + ext, { force: true });
    }
  } finally {
    for (const p of load) p.kill();
    rmSync(template, { force: true });
  }
  console.log(
    `${runs} runs of ${rows.toLocaleString('en')} × ${COLUMNS} under load: ${counts.imported} imported, ` +
      `${counts.message} ended with a message, ${counts.silent} silent failures`,
  );
  if (counts.silent > 0) process.exitCode = 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
