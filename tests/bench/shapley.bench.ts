/**
 * Benchmark: exact Shapley / LMG decomposition of R² (incremental sweep over all 2^p subsets)
 * against a naive all-subsets solver (Gaussian elimination from scratch per subset), and the
 * bootstrap, on 100,000 synthetic respondents (seeded).
 *
 * Standalone: `npx tsx tests/bench/shapley.bench.ts` prints a table. As a module:
 * `runShapleyBench()` returns the rows. The naive solver for p = 20 runs in a worker thread and is
 * reported as skipped if it has not finished within 60 s.
 */
import { pathToFileURL } from 'node:url';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { bootstrapImportance } from '../../src/shared/stats/drivers/bootstrap';
import { correlationMatrix } from '../../src/shared/stats/drivers/correlation';
import type { SquareMatrix } from '../../src/shared/stats/drivers/linalg';
import { driverCorrelations } from '../../src/shared/stats/drivers/regression';
import { shapley, shapleyNaive } from '../../src/shared/stats/drivers/shapley';
import { syntheticDrivers } from '../../src/shared/stats/drivers/testData';

export type BenchRow = {
  name: string;
  medianMs: number;
  baseline?: string;
  baselineMs?: number;
  target?: string;
};

const RESPONDENTS = 100_000;
const SEED = 20_240_601;
const NAIVE_LIMIT_MS = 60_000;
const NAIVE = 'naive: Gaussian elimination per subset';

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const h = s.length >> 1;
  return s.length % 2 ? s[h] : (s[h - 1] + s[h]) / 2;
}

function time(fn: () => unknown, runs: number): number {
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return median(times);
}

function problem(p: number): { rxx: SquareMatrix; rxy: Float64Array; columns: Float64Array[] } {
  const { outcome, drivers } = syntheticDrivers(RESPONDENTS, p, SEED + p);
  const columns = [outcome, ...drivers];
  const { matrix } = correlationMatrix(columns, { missing: 'listwise' });
  return { ...driverCorrelations(matrix, 0), columns };
}

/** Times the naive solver once in a worker; undefined when it has not finished within the limit. */
function naiveInWorker(p: number): Promise<number | undefined> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL(import.meta.url), { workerData: { naiveP: p } });
    const timer = setTimeout(() => {
      void worker.terminate();
      resolve(undefined);
    }, NAIVE_LIMIT_MS);
    worker.once('message', (ms: number) => {
      clearTimeout(timer);
      void worker.terminate();
      resolve(ms);
    });
    worker.once('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
  });
}

export async function runShapleyBench(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const p of [12, 16, 20]) {
    const { rxx, rxy, columns } = problem(p);
    if (p === 20) {
      rows.push({
        name: `correlation matrix, n = ${RESPONDENTS.toLocaleString('en')}, p = 20 (listwise)`,
        medianMs: time(() => correlationMatrix(columns, { missing: 'listwise' }), 3),
      });
    }
    shapley(rxx, rxy); // warm-up
    const fast = time(() => shapley(rxx, rxy), p === 20 ? 5 : 7);
    const row: BenchRow = {
      name: `Shapley/LMG exact, p = ${p} (${2 ** p} subsets, incremental sweep)`,
      medianMs: fast,
    };
    if (p === 20) row.target = '< 2000 ms';
    if (p < 20) {
      row.baseline = NAIVE;
      row.baselineMs = time(() => shapleyNaive(rxx, rxy), 3);
    } else {
      const ms = await naiveInWorker(p);
      row.baseline =
        ms === undefined ? `${NAIVE}: skipped (> ${NAIVE_LIMIT_MS / 1000} s)` : `${NAIVE} (1 run)`;
      if (ms !== undefined) row.baselineMs = ms;
    }
    rows.push(row);
  }
  const { columns } = problem(12);
  const [outcome, ...drivers] = columns;
  rows.push({
    name: `bootstrap, 200 resamples, p = 12, n = ${RESPONDENTS.toLocaleString('en')} (betas, RW, Shapley)`,
    medianMs: time(
      () => bootstrapImportance({ outcome, drivers, missing: 'listwise', resamples: 200, seed: 1 }),
      3,
    ),
  });
  return rows;
}

function printTable(rows: BenchRow[]): void {
  const fmt = (ms: number | undefined): string => (ms === undefined ? '' : ms.toFixed(ms < 10 ? 2 : 0));
  const table = rows.map((r) => ({
    benchmark: r.name,
    'median ms': fmt(r.medianMs),
    baseline: r.baseline ?? '',
    'baseline ms': fmt(r.baselineMs),
    speed_up: r.baselineMs === undefined ? '' : `${(r.baselineMs / r.medianMs).toFixed(0)}×`,
    target: r.target ?? '',
  }));
  console.table(table);
}

if (!isMainThread && parentPort && typeof (workerData as { naiveP?: unknown })?.naiveP === 'number') {
  const { naiveP } = workerData as { naiveP: number };
  const { rxx, rxy } = problem(naiveP);
  const t0 = performance.now();
  shapleyNaive(rxx, rxy);
  parentPort.postMessage(performance.now() - t0);
} else if (isMainThread && process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  printTable(await runShapleyBench());
}
