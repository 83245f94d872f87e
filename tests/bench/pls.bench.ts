/**
 * `touchpoint stats pls` on the mobi ECSI data (250 respondents × 24 items, tests/fixtures/pls), as a
 * user runs it (process start and the sandboxed file read included): the estimation (target ≤ 1 s)
 * and with 1,000 bootstrap samples (target ≤ 5 s), against `stats describe` of one column of the
 * same file (the command's start and read alone).
 *
 * Standalone: `npx tsx tests/bench/pls.bench.ts`. Env: BENCH_PLS_RUNS (3).
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BenchRow } from './common';
import { cliBin, median, root, table, timeCommand } from './common';

const RUNS = Number(process.env.BENCH_PLS_RUNS ?? 3);
const data = join(root, 'tests/fixtures/pls/mobi.csv');
const model = join(root, 'tests/fixtures/pls/ecsi-model.json');

function medianMs(args: string[]): number {
  timeCommand(process.execPath, [cliBin, ...args]); // warm the file cache and the bundle
  return median(Array.from({ length: RUNS }, () => timeCommand(process.execPath, [cliBin, ...args]).ms));
}

export async function runPlsBench(): Promise<BenchRow[]> {
  const baseline = 'stats describe, one column of the same file';
  const baselineMs = medianMs(['stats', 'describe', data, '--columns', 'CUSA1', '--json']);
  const fit = medianMs(['stats', 'pls', data, '--model', model, '--json']);
  const boot = medianMs([
    'stats',
    'pls',
    data,
    '--model',
    model,
    '--bootstrap',
    '1000',
    '--seed',
    '1',
    '--json',
  ]);
  return [
    {
      name: 'stats pls, ECSI model, 250 × 24',
      medianMs: fit,
      baseline,
      baselineMs,
      target: '≤ 1 s',
      note: `${RUNS} runs`,
    },
    {
      name: 'stats pls, ECSI model, 250 × 24, 1,000 bootstrap samples',
      medianMs: boot,
      baseline,
      baselineMs,
      target: '≤ 5 s',
      note: `${RUNS} runs`,
    },
  ];
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(table(await runPlsBench()));
}
