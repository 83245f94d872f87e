/**
 * `analyze` at 100,000 respondents × 40 questions × 10 units: `touchpoint analyze --by UNIT` on a study
 * built through the services (its questionnaire, then the analysis csv imported), each run on a fresh
 * copy of the study (no result cached from an earlier run), against two baselines that start from the
 * same figures' csv, each a whole command timed alike:
 * - pandas: `read_csv` + groupby of the same figures — per question n, mean, sd and top-2 box overall
 *   and per unit, NPS overall and per unit, the correlations of SAT with the drivers and their betas
 *   (target ≤ 1×);
 * - a one-pass floor: plain Node reading the csv once and computing the figures analyze prints with
 *   the least work — n / sum / sum of squares per question × unit (every breakdown's means and
 *   standard deviations) and the key drivers' pairwise-complete moment matrix of SAT and every
 *   performance rating, turned into their correlations (target ≤ 2×). What analyze derives beyond
 *   those (Spearman ranks, betas, relative weights, Shapley values, tests, histograms) is not in it;
 *   see baselines.mjs.
 *
 * Standalone: `npx tsx tests/bench/analyze.bench.ts`. Env: BENCH_ANALYZE_ROWS (100000),
 * BENCH_ANALYZE_RUNS (5: the closest ratio, against a floor whose own time moves by 10 % from run to run).
 */
import { copyFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BenchRow, Measure, Skipped } from './common';
import {
  benchDir,
  cliBin,
  cpuNote,
  interleaved,
  log,
  summarise,
  pythonWithPandas,
  root,
  table,
  timeCommand,
} from './common';
import { ANALYSIS_QUESTIONS, analysisFile } from './data';
import { buildAnalysisStudy } from './services';

const ROWS = Number(process.env.BENCH_ANALYZE_ROWS ?? 100_000);
const RUNS = Number(process.env.BENCH_ANALYZE_RUNS ?? 5);

const PANDAS = `
import sys, json, numpy as np, pandas as pd
qs = json.loads(sys.argv[2])
df = pd.read_csv(sys.argv[1])
codes = [q["code"] for q in qs]
g = df.groupby("UNIT")
stats = df[codes].agg(["count", "mean", "std"])
by_unit = g[codes].agg(["count", "mean", "std"])
top2 = {}
for q in qs:
    hit = (df[q["code"]] >= q["max"] - 1).where(df[q["code"]].notna())
    top2[q["code"]] = (hit.mean(), hit.groupby(df["UNIT"]).mean())
nps = df["NPS"]
score = (nps >= 9).astype(float) - (nps <= 6).astype(float)
score = score.where(nps.notna())
nps_all, nps_unit = score.mean() * 100, score.groupby(df["UNIT"]).mean() * 100
drivers = [q["code"] for q in qs if q["role"] == "performance"]
r = df[["SAT"] + drivers].corr()
betas = np.linalg.solve(r.loc[drivers, drivers].values, r.loc[drivers, "SAT"].values)
assert len(by_unit) == 10 and len(betas) == len(drivers)
`;

/** The study, built once per bench run; `analyze` runs on a fresh copy of it each time. */
export async function analysisStudy(skipped: Skipped[]): Promise<{ study: string; csv: string } | null> {
  const csv = analysisFile(ROWS);
  const study = join(benchDir, `analysis-${ROWS}-${process.pid}.tpstudy`);
  rmSync(study, { force: true });
  log(`analyze bench: building ${study} through the services`);
  try {
    const ms = await buildAnalysisStudy(study, csv);
    log(`  imported ${ROWS} × ${ANALYSIS_QUESTIONS.length + 1} in ${(ms / 1000).toFixed(1)} s`);
    return { study, csv };
  } catch (e) {
    skipped.push({ what: 'the analysis study (analyze and dashboard steps)', why: (e as Error).message });
    return null;
  }
}

export async function runAnalyzeBench(
  skipped: Skipped[] = [],
  built?: { study: string; csv: string } | null,
): Promise<BenchRow[]> {
  const set = built === undefined ? await analysisStudy(skipped) : built;
  if (!set) return [];
  const { study, csv } = set;
  const py = pythonWithPandas();
  if (!py)
    skipped.push({ what: 'pandas groupby baseline', why: 'no python3 with pandas (apt python3-pandas)' });
  const copy = join(benchDir, `analyze-run-${process.pid}.tpstudy`);
  const qs = JSON.stringify(ANALYSIS_QUESTIONS.map(({ code, role, max }) => ({ code, role, max })));
  log(`analyze bench: ${ROWS / 1000}k × ${ANALYSIS_QUESTIONS.length} × 10 units, ${RUNS} runs each`);
  const runs = interleaved(RUNS, {
    analyze: (): Measure => {
      copyFileSync(study, copy);
      try {
        return timeCommand(process.execPath, [cliBin, 'analyze', copy, '--by', 'UNIT', '--json']);
      } finally {
        for (const ext of ['', '-wal', '-shm']) rmSync(copy + ext, { force: true });
      }
    },
    'one pass': () =>
      timeCommand(process.execPath, [join(root, 'tests', 'bench', 'baselines.mjs'), 'one-pass', csv]),
    ...(py ? { pandas: () => timeCommand(py, ['-c', PANDAS, csv, qs]) } : {}),
  } as Record<'analyze' | 'one pass' | 'pandas', () => Measure>);
  const ours = summarise(runs.analyze, 'analyze', skipped);
  const floor = summarise(runs['one pass'], 'one-pass floor', skipped);
  const pandas = summarise(runs.pandas, 'pandas read_csv + groupby baseline', skipped);
  if (!ours) return [];
  const name = `analyze ${ROWS / 1000}k × ${ANALYSIS_QUESTIONS.length} × 10 units: touchpoint analyze --by UNIT`;
  const rows: BenchRow[] = [];
  const base = {
    name,
    medianMs: ours.ms,
    peakMB: ours.peakMB ?? undefined,
    note: `${RUNS} runs, fresh copy each; ${cpuNote(ours)}`,
  };
  if (pandas)
    rows.push({
      ...base,
      baseline: `pandas read_csv + groupby, same figures (${cpuNote(pandas)})`,
      baselineMs: pandas.ms,
      target: '≤ 1 × baseline',
    });
  if (floor)
    rows.push({
      ...base,
      baseline: `one pass over the csv (n, Σ, Σ² per question × unit; the drivers’ moment matrix; ${cpuNote(floor)})`,
      baselineMs: floor.ms,
      target: '≤ 2 × baseline',
    });
  if (!pandas && !floor) rows.push(base);
  return rows;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const skipped: Skipped[] = [];
  console.log(table(await runAnalyzeBench(skipped)));
  for (const s of skipped) console.log(`could not run: ${s.what}: ${s.why}`);
}
