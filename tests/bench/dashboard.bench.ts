/**
 * Dashboard benchmarks. The live one (a filter change on the study, through the dispatcher, as the
 * renderer asks) is in ./dashboard-live-step.ts; this one is the pure computation:
 * a full dashboard recompute on 100,000 synthetic respondents × 40 questions with 10 units
 * (typed arrays in memory, seeded) — descriptives of every question, NPS, the importance–performance
 * map and a breakdown of every touchpoint, satisfaction and NPS by unit (with tests, BH, suppression,
 * best unit and consistency) — against a floor baseline measured in the same run: one pass that only
 * reads every value once.
 *
 * Standalone: `npx tsx tests/bench/dashboard.bench.ts`. As a module: `runDashboardBench()`.
 */
import { pathToFileURL } from 'node:url';
import { analyseWave } from '../../src/shared/analysis/analyze';
import type { QuestionMeta, WaveColumn, WaveData } from '../../src/shared/analysis/wave';
import { mulberry32 } from '../../src/shared/stats/rng';

import type { BenchRow } from './common';

const RESPONDENTS = 100_000;
const TOUCHPOINTS = 18;
const UNITS = 10;
const RUNS = Number(process.env.BENCH_DASHBOARD_RUNS ?? 5);
const SEED = 20_260_601;

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const h = s.length >> 1;
  return s.length % 2 ? s[h]! : (s[h - 1]! + s[h]!) / 2;
}

function time(fn: () => unknown, runs: number): number {
  fn(); // warm-up
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return median(times);
}

const meta = (
  code: string,
  role: QuestionMeta['role'],
  scale: QuestionMeta['scale'],
  extra: Partial<QuestionMeta> = {},
): QuestionMeta => ({
  code,
  text: code,
  type: role === 'segment' ? 'single' : role === 'outcome-recommend' ? 'nps' : 'rating',
  role,
  scale,
  touchpointCode: null,
  touchpointText: null,
  stageText: null,
  weighs: null,
  options: [],
  ...extra,
});

/** 18 touchpoints × (performance + importance) on 1–5, SAT 1–10, NPS 0–10, LOY 1–5, EFFORT 1–7 = 40 questions, plus UNIT. */
export function syntheticWave(n = RESPONDENTS, seed = SEED): WaveData {
  const rnd = mulberry32(seed);
  const questions: QuestionMeta[] = [];
  const columns = new Map<string, WaveColumn>();
  const unit = Array.from({ length: n }, () => `U${1 + Math.floor(rnd() * UNITS)}`);
  const add = (q: QuestionMeta, gen: (i: number) => number, missingRate: number) => {
    const values = new Float64Array(n);
    const missing = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      if (rnd() < missingRate) {
        values[i] = NaN;
        missing[i] = 1;
      } else values[i] = gen(i);
    }
    questions.push(q);
    columns.set(q.code, { values, missing });
  };
  const point = (min: number, max: number, centre: number) =>
    Math.max(min, Math.min(max, Math.round(centre + (rnd() + rnd() + rnd() - 1.5) * (max - min) * 0.4)));
  for (let t = 1; t <= TOUCHPOINTS; t++) {
    const perf = `TP${t}_PERF`;
    add(
      meta(
        perf,
        'performance',
        { min: 1, max: 5 },
        { touchpointCode: `TP${t}`, touchpointText: `Touchpoint ${t}` },
      ),
      (i) => point(1, 5, 3.2 + 0.04 * Number(unit[i]!.slice(1))),
      0.08,
    );
    add(
      meta(`TP${t}_IMP`, 'importance', { min: 1, max: 5 }, { weighs: perf, touchpointCode: `TP${t}` }),
      () => point(1, 5, 2.5 + t / 10),
      0.05,
    );
  }
  add(meta('SAT', 'outcome-satisfaction', { min: 1, max: 10 }), () => point(1, 10, 7), 0.02);
  add(meta('NPS', 'outcome-recommend', { min: 0, max: 10 }), () => point(0, 10, 7.5), 0.03);
  add(meta('LOY', 'loyalty', { min: 1, max: 5 }), () => point(1, 5, 3.8), 0.02);
  add(meta('EFFORT', 'other', { min: 1, max: 7 }), () => point(1, 7, 4), 0.02);
  questions.push(
    meta('UNIT', 'segment', null, {
      options: Array.from({ length: UNITS }, (_, u) => ({ code: `U${u + 1}`, label: `Unit ${u + 1}` })),
    }),
  );
  return {
    year: 2026,
    respondents: n,
    k: 5,
    questions,
    columns,
    segments: new Map([['UNIT', unit]]),
    weights: undefined,
  };
}

/** The floor: read every value of every column once (sum of the non-missing values). */
function readEveryValueOnce(w: WaveData): number {
  let s = 0;
  for (const c of w.columns.values()) {
    const v = c.values;
    for (let i = 0; i < v.length; i++) {
      const x = v[i]!;
      if (x === x) s += x;
    }
  }
  return s;
}

export async function runDashboardBench(): Promise<BenchRow[]> {
  const w = syntheticWave();
  const spec = { by: 'UNIT', drivers: false as const, map: { importance: 'stated' as const } };
  const check = analyseWave(w, spec);
  if (check.descriptives.length !== 39 || check.breakdowns.length !== TOUCHPOINTS + 2 || !check.nps) {
    throw new Error('runDashboardBench: the synthetic dashboard is incomplete');
  }
  const floor = time(() => readEveryValueOnce(w), RUNS);
  // a fresh WaveData object per run: nothing memoized from the previous run
  const full = time(() => analyseWave({ ...w }, spec), RUNS);
  const baseline = 'one pass reading every value once';
  return Promise.resolve([
    {
      name: `dashboard computation in memory: ${RESPONDENTS.toLocaleString('en')} × 40 questions, 10 units (descriptives, NPS, map, breakdown by unit)`,
      medianMs: full,
      baseline,
      baselineMs: floor,
      note: `${RUNS} runs; no storage, no cache`,
    },
  ]);
}

function printTable(rows: BenchRow[]): void {
  for (const r of rows) {
    const ratio = r.baselineMs ? (r.medianMs / r.baselineMs).toFixed(1) : '–';
    console.log(
      `${r.name}\n  median ${r.medianMs.toFixed(1)} ms; ${r.baseline}: ${r.baselineMs?.toFixed(1)} ms (×${ratio}); target ${r.target}`,
    );
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  printTable(await runDashboardBench());
}
