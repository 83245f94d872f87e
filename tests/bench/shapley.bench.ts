/**
 * Key-driver analysis as `analyze` and `stats drivers` run it (deriveImportance: correlations, betas,
 * relative weights, Shapley, Spearman) on 100,000 synthetic respondents (seeded, listwise):
 * - p = 20 against p = 4 in the same run: what exact Shapley over 2^20 subsets adds beyond a small
 *   model (target ≤ 1 s more);
 * - p = 32 in 8 stages of 4, with the method the analysis chooses named (no target: it must run).
 *
 * Standalone: `npx tsx tests/bench/shapley.bench.ts`. Env: BENCH_DRIVERS_RUNS (3).
 */
import { pathToFileURL } from 'node:url';
import { deriveImportance } from '../../src/shared/stats/drivers/index';
import type { ShapleyMethod } from '../../src/shared/stats/drivers/index';
import { syntheticDrivers } from '../../src/shared/stats/drivers/testData';
import type { BenchRow } from './common';
import { table, timeInProcess } from './common';

const RESPONDENTS = 100_000;
const SEED = 20_240_601;
const RUNS = Number(process.env.BENCH_DRIVERS_RUNS ?? 3);

function problem(p: number, groupSize?: number) {
  const { outcome, drivers } = syntheticDrivers(RESPONDENTS, p, SEED + p);
  const codes = drivers.map((_, j) => `TP${j + 1}`);
  const groups = groupSize
    ? Array.from({ length: Math.ceil(p / groupSize) }, (_, g) => ({
        label: `Stage ${g + 1}`,
        codes: codes.slice(g * groupSize, (g + 1) * groupSize),
      }))
    : undefined;
  return {
    outcome,
    drivers: drivers.map((values, j) => ({ code: codes[j]!, values })),
    missing: 'listwise' as const,
    ...(groups ? { groups } : {}),
  };
}

function methodName(m: ShapleyMethod): string {
  if (m.method === 'shapley-exact') return 'exact Shapley';
  if (m.method === 'owen-stages') return `Shapley by stage (Owen), ${m.groups.length} stages`;
  return `sampled Shapley, ${m.permutations} permutations`;
}

export async function runShapleyBench(): Promise<BenchRow[]> {
  const n = RESPONDENTS.toLocaleString('en');
  const p4 = problem(4);
  const small = await timeInProcess(() => deriveImportance(p4), RUNS);
  const p20 = problem(20);
  const method20 = methodName(deriveImportance(p20).shapleyMethod);
  const big = await timeInProcess(() => deriveImportance(p20), RUNS, false);
  const p32 = problem(32, 4);
  const method32 = methodName(deriveImportance(p32).shapleyMethod);
  const huge = await timeInProcess(() => deriveImportance(p32), RUNS, false);
  const baseline = `drivers p = 4, n = ${n}`;
  return [
    {
      name: `drivers p = 20, n = ${n} (${method20})`,
      medianMs: big,
      baseline,
      baselineMs: small,
      target: '≤ +1 s over baseline',
      note: `${RUNS} runs`,
    },
    {
      name: `drivers p = 32 in 8 stages, n = ${n} (${method32})`,
      medianMs: huge,
      baseline,
      baselineMs: small,
      note: `${RUNS} runs`,
    },
  ];
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(table(await runShapleyBench()));
}
