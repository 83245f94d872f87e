/**
 * `npm run bench`: every benchmark against a baseline measured in the same run, medians, one table
 * with each ratio and its target, then what could not run and why. About 5–10 minutes on a 2-core
 * machine; the data files are generated once and cached in the temp folder (tp-bench).
 *
 * Env: BENCH_ONLY=cli,drivers,pls,dashboard,import,wave,analyze,live (a subset), BENCH_LARGE=1 (also the
 * large-import benchmark when tests/bench/large-import.ts is present: it takes minutes), and each
 * step's own size and run counts (see the step's file).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runAnalyzeBench, analysisStudy } from './analyze.bench';
import { runCliBench } from './cli.bench';
import type { BenchRow, Skipped } from './common';
import { cliBin, log, table } from './common';
import { runDashboardBench } from './dashboard.bench';
import { runDashboardLive } from './dashboard-live-step';
import { runImportBench } from './import.bench';
import { runPlsBench } from './pls.bench';
import { runShapleyBench } from './shapley.bench';

const only = process.env.BENCH_ONLY?.split(',').map((s) => s.trim());
const want = (step: string) => !only || only.includes(step);

const rows: BenchRow[] = [];
const skipped: Skipped[] = [];
const started = performance.now();

async function step(name: string, run: () => Promise<BenchRow[]>): Promise<void> {
  if (!want(name)) return;
  const t0 = performance.now();
  log(`— ${name} …`);
  try {
    rows.push(...(await run()));
  } catch (e) {
    skipped.push({ what: `the ${name} step`, why: (e as Error).message.slice(0, 400) });
  }
  log(
    `— ${name}: ${((performance.now() - t0) / 1000).toFixed(0)} s (total ${((performance.now() - started) / 1000).toFixed(0)} s)`,
  );
}

// The CLI bundle is rebuilt here if a source is newer, so no measured command pays for a build.
const built = spawnSync(process.execPath, [cliBin, '--version'], { encoding: 'utf8' });
if (built.status !== 0) skipped.push({ what: 'the CLI bundle', why: built.stderr.slice(0, 400) });

await step('cli', runCliBench);
await step('drivers', runShapleyBench);
await step('pls', runPlsBench);
await step('dashboard', runDashboardBench);
await step('import', () => runImportBench(skipped));
await step('wave', async () => {
  const { measureWaveLoad } = await import('./wave-load');
  const w = await measureWaveLoad();
  const what = `${w.rows.toLocaleString('en')} × ${w.columns}`;
  return [
    {
      name: `wave load from the study file, ${what}`,
      medianMs: w.medianMs,
      target: '≤ 50 ms',
      note: `${w.runs} runs; cold ${Math.round(w.coldMs)} ms`,
    },
    {
      name: `the same, CPU time of the process`,
      medianMs: w.cpuMedianMs,
      target: '≤ 50 ms',
      note: `${w.runs} runs`,
    },
  ];
});
if (want('analyze') || want('live')) {
  const set = await analysisStudy(skipped);
  await step('analyze', () => runAnalyzeBench(skipped, set));
  if (set) await step('live', () => runDashboardLive(set.study, skipped));
  if (set) for (const ext of ['', '-wal', '-shm']) rmSync(set.study + ext, { force: true });
}

const large = new URL('./large-import.ts', import.meta.url);
if (existsSync(fileURLToPath(large))) {
  if (process.env.BENCH_LARGE === '1') {
    await step('large', async () => {
      const mod = (await import(large.href)) as Record<string, unknown>;
      const run = Object.entries(mod).find(
        ([k, v]) => typeof v === 'function' && /^run\w*Bench$/.test(k),
      )?.[1];
      if (typeof run !== 'function') throw new Error('large-import.ts exports no run…Bench() function');
      return (await (run as () => Promise<BenchRow[]>)()) ?? [];
    });
  } else skipped.push({ what: 'large-import.ts', why: 'takes minutes: run with BENCH_LARGE=1' });
}

console.log(table(rows));
if (skipped.length) {
  console.log('\nCould not run:');
  for (const s of skipped) console.log(`  - ${s.what}: ${s.why}`);
}
console.log(
  `\nTotal ${((performance.now() - started) / 1000).toFixed(0)} s. Times are medians; "met?" compares with the target.`,
);
