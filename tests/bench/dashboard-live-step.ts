/**
 * The live dashboard on the 100,000-respondent study, through the dispatcher as the renderer asks:
 * the first dashboard after opening the study (target ≤ 1 s), then a filter change with the process
 * warm — each a new unit, so no answer is simply remembered (target ≤ 100 ms).
 *
 * When ./dashboard-live.ts exists (its `measureDashboardLive(studyPath)` measures the live dashboard
 * the way the analysis cache is meant to be used) its rows are taken instead of the measurement here.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { isSuppressed } from '../../src/shared/analysis/dashboard';
import type { StudyOverview } from '../../src/shared/domain/study';
import type { BenchRow, Skipped } from './common';
import type { DashboardLive } from './dashboard-live';
import { median } from './common';
import { openServices } from './services';

/** Filters timed after the first (each a new unit); today a filter takes seconds, so a few. */
const FILTERS = Math.min(9, Number(process.env.BENCH_LIVE_FILTERS ?? 5));

/** Whatever dashboard-live.ts returns, as rows: rows as they are, or named numbers (ms). */
function asRows(value: unknown): BenchRow[] | null {
  if (
    Array.isArray(value) &&
    value.every((r) => typeof r?.name === 'string' && typeof r?.medianMs === 'number')
  )
    return value as BenchRow[];
  if (typeof value === 'number')
    return [{ name: 'dashboard filter change, warm', medianMs: value, target: '≤ 100 ms' }];
  if (value && typeof value === 'object' && 'firstDashboardMs' in value && 'filterChangeWarmMs' in value) {
    const v = value as DashboardLive;
    const size = `${v.respondents.toLocaleString('en')} respondents`;
    return [
      { name: `study/open, ${size}`, medianMs: v.openMs, note: `${v.runs} runs` },
      {
        name: `first dashboard after opening, ${size}`,
        medianMs: v.firstDashboardMs,
        target: '≤ 1 s',
        note: `${v.runs} runs`,
      },
      {
        name: `dashboard filter change, warm (a new unit each time), ${size}`,
        medianMs: v.filterChangeWarmMs,
        target: '≤ 100 ms',
        note: `${v.runs} runs`,
      },
      { name: `dashboard, a filter already shown (cached), ${size}`, medianMs: v.filterCachedMs },
    ];
  }
  if (value && typeof value === 'object') {
    const rows = Object.entries(value as Record<string, unknown>)
      .filter((e): e is [string, number] => typeof e[1] === 'number')
      .map(([name, medianMs]) => ({ name: `dashboard: ${name}`, medianMs }));
    return rows.length ? rows : null;
  }
  return null;
}

export async function runDashboardLive(study: string, skipped: Skipped[]): Promise<BenchRow[]> {
  const external = new URL('./dashboard-live.ts', import.meta.url);
  if (existsSync(fileURLToPath(external))) {
    const mod = (await import(external.href)) as { measureDashboardLive?: (p: string) => Promise<unknown> };
    if (typeof mod.measureDashboardLive === 'function') {
      const rows = asRows(await mod.measureDashboardLive(study));
      if (rows) return rows.map((r) => ({ ...r, note: r.note ?? 'measured by dashboard-live.ts' }));
      skipped.push({
        what: 'dashboard-live.ts',
        why: 'its result is neither rows nor named numbers: measured here',
      });
    }
  }

  const s = await openServices();
  try {
    // The analysis worker starts once per process: start it on the sample, not on the clock.
    const sample = await s.call<StudyOverview>('study/openSample', {});
    await s.call('analysis/dashboard', { studyId: sample.studyId });
    await s.call('study/close', { studyId: sample.studyId });

    const t0 = performance.now();
    const o = await s.call<StudyOverview>('study/open', { path: study });
    await s.call('analysis/dashboard', { studyId: o.studyId, waveYear: 2026 });
    const first = performance.now() - t0;

    // What the dashboard asks when a filter is set (analysis/analyze with the filter; see useDashboard).
    const filtered = async (unit: number) => {
      const t = performance.now();
      const r = await s.call<{ result: unknown }>('analysis/analyze', {
        studyId: o.studyId,
        waveYear: 2026,
        filter: [{ variable: 'UNIT', values: [`U${unit}`] }],
      });
      if (isSuppressed(r.result)) throw new Error(`the filter UNIT = U${unit} was refused`);
      return performance.now() - t;
    };
    await filtered(1);
    const times: number[] = [];
    for (let u = 2; u <= FILTERS + 1; u++) times.push(await filtered(u));
    await s.call('study/close', { studyId: o.studyId });
    const n = o.waves.find((w) => w.year === 2026)?.respondents ?? 0;
    const size = `${n.toLocaleString('en')} × ${o.questionnaire.questions.length} questions`;
    return [
      {
        name: `first dashboard after opening the study (${size}; analysis/dashboard)`,
        medianMs: first,
        target: '≤ 1 s',
        note: '1 run, analysis worker already started',
      },
      {
        name: 'dashboard filter change, warm: a new unit each time (analysis/analyze + filter)',
        medianMs: median(times),
        target: '≤ 100 ms',
        note: `${times.length} filters`,
      },
    ];
  } finally {
    s.close();
  }
}
