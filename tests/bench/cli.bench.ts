/**
 * The command line as a user runs it (bin/touchpoint.mjs, wall clock, process start included):
 * `touchpoint --help` (target ≤ 0.3 s) and `touchpoint info` on the sample study (≤ 0.5 s) against
 * `node -e 0` in the same run, and the PDF report of the sample (`touchpoint report`, ≤ 2 s).
 *
 * Standalone: `npx tsx tests/bench/cli.bench.ts`. Env: BENCH_CLI_RUNS (11), BENCH_PDF_RUNS (3).
 */
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BenchRow, Measure, Runs } from './common';
import { benchDir, cliBin, cpuNote, interleaved, log, medianOf, table, timeCommand } from './common';

const RUNS = Number(process.env.BENCH_CLI_RUNS ?? 11);
const PDF_RUNS = Number(process.env.BENCH_PDF_RUNS ?? 3);

const ok = (r: Runs): Measure => {
  if (r.failed.length) throw r.failed[0]!;
  return medianOf(r.ok);
};

export function runCliBench(): Promise<BenchRow[]> {
  const sample = join(benchDir, `sample-${process.pid}.tpstudy`);
  const pdf = join(benchDir, `sample-${process.pid}.pdf`);
  // The cli step may be the first to run on a fresh machine, before any data is generated.
  mkdirSync(benchDir, { recursive: true });
  rmSync(sample, { force: true });
  // Also rebuilds the bundle if a source is newer, so no run below pays for a build.
  timeCommand(process.execPath, [cliBin, 'demo', sample]);
  const node = process.execPath;
  log(`cli bench: ${RUNS} runs each`);
  const start = interleaved(RUNS, {
    'node -e 0': () => timeCommand(node, ['-e', '0']),
    '--help': () => timeCommand(node, [cliBin, '--help']),
    info: () => timeCommand(node, [cliBin, 'info', sample]),
  });
  log(`cli bench: report, ${PDF_RUNS} runs`);
  const report = interleaved(PDF_RUNS, {
    report: () => timeCommand(node, [cliBin, 'report', sample, '--out', pdf, '--wave', '2026']),
  });
  const bare = ok(start['node -e 0']);
  const rows: BenchRow[] = [
    {
      name: 'touchpoint --help',
      medianMs: ok(start['--help']).ms,
      baseline: `node -e 0 (${cpuNote(bare)})`,
      baselineMs: bare.ms,
      target: '≤ 0.3 s',
      note: `${RUNS} runs; ${cpuNote(ok(start['--help']))}`,
    },
    {
      name: 'touchpoint info sample.tpstudy',
      medianMs: ok(start.info).ms,
      baseline: `node -e 0 (${cpuNote(bare)})`,
      baselineMs: bare.ms,
      target: '≤ 0.5 s',
      note: `${RUNS} runs; ${cpuNote(ok(start.info))}`,
    },
    {
      name: 'touchpoint report sample.tpstudy (PDF, wave 2026)',
      medianMs: ok(report.report).ms,
      peakMB: ok(report.report).peakMB ?? undefined,
      baseline: `node -e 0 (${cpuNote(bare)})`,
      baselineMs: bare.ms,
      target: '≤ 2 s',
      note: `${PDF_RUNS} runs; ${cpuNote(ok(report.report))}`,
    },
  ];
  for (const f of [sample, `${sample}-wal`, `${sample}-shm`, pdf]) rmSync(f, { force: true });
  return Promise.resolve(rows);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(table(await runCliBench()));
}
