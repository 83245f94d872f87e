/**
 * Benchmark of the live filter as the app runs it: the real dispatcher, the analysis worker thread
 * and its caches, on a real study file.
 *
 * - first dashboard after opening: `study/open`, then `analysis/dashboard` (a new session: nothing
 *   in memory, the wave is read from the file);
 * - dashboard filter change, warm: `analysis/dashboard` with a filter not asked for before (the wave
 *   is in memory, the result is not cached);
 * - back to a filter already shown: the cached answer.
 *
 * Medians of `runs` runs (default 7). Standalone: `npx tsx tests/bench/dashboard-live.ts [study]`
 * (without a study, a 100,000 × 40 study with 10 units is built once under the system temp folder).
 */
import { existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createDispatch, createHandlers, StudySessions } from '../../src/main/services/index';
import type { ServiceContext } from '../../src/main/services/api/context';
import type { AnalysisFilter } from '../../src/shared/analysis/weighting';
import type { StudyOverview } from '../../src/shared/domain/index';
import { buildLiveStudy } from './live-study';

export type DashboardLive = {
  respondents: number;
  runs: number;
  openMs: number;
  firstDashboardMs: number;
  filterChangeWarmMs: number;
  filterCachedMs: number;
  targets: { filterChangeWarmMs: 100; firstDashboardMs: 1000 };
};

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const h = s.length >> 1;
  return s.length % 2 ? s[h]! : (s[h - 1]! + s[h]!) / 2;
}

type Background = { code: string; options: string[] };

/**
 * The filters a facilitator clicks through, each new: every option of every background question,
 * then pairs of options of the first one (e.g. each unit, then two units, then each region).
 */
function filters(background: Background[]): AnalysisFilter[] {
  const out: AnalysisFilter[] = background.flatMap((b) =>
    b.options.map((o) => [{ variable: b.code, values: [o] }]),
  );
  const first = background[0];
  if (first) {
    for (let i = 0; i + 1 < first.options.length; i += 2)
      out.push([{ variable: first.code, values: [first.options[i]!, first.options[i + 1]!] }]);
  }
  return out;
}

export async function measureDashboardLive(studyPath: string, runs = 7): Promise<DashboardLive> {
  const dataDir = join(tmpdir(), 'tp-bench-live-data');
  mkdirSync(dataDir, { recursive: true });
  const sessions = new StudySessions();
  const ctx: ServiceContext = {
    sessions,
    dataDir,
    resourcesDir: dataDir,
    version: 'bench',
    transport: 'ipc',
    dialogs: null,
  };
  const dispatch = createDispatch(createHandlers(), ctx, () => {});
  const call = async (name: string, input: object): Promise<unknown> => {
    const r = await dispatch(name as never, input as never);
    if (!r.ok) throw new Error(`${name}: ${r.error.code} ${r.error.message}`);
    return r.value;
  };
  const open: number[] = [];
  const first: number[] = [];
  const warm: number[] = [];
  const cached: number[] = [];
  let respondents = 0;
  try {
    for (let run = 0; run < runs; run++) {
      let t0 = performance.now();
      const ov = (await call('study/open', { path: studyPath })) as StudyOverview;
      open.push(performance.now() - t0);
      const studyId = ov.studyId;
      const waveYear = Math.max(...ov.waves.map((w) => w.year));
      t0 = performance.now();
      const d = (await call('analysis/dashboard', { studyId, waveYear })) as {
        result: { respondents: number };
      };
      first.push(performance.now() - t0);
      respondents = d.result.respondents;
      if (run === 0) {
        const background = ov.questionnaire.questions
          .filter((q) => q.scale.kind === 'choice' && (q.role === 'segment' || q.type === 'single'))
          .map((q) => ({
            code: q.code,
            options: q.scale.kind === 'choice' ? q.scale.options.map((o) => o.code) : [],
          }));
        const list = filters(background);
        if (list.length === 0) throw new Error('measureDashboardLive: the study has no background question');
        for (const filter of list) {
          t0 = performance.now();
          await call('analysis/dashboard', { studyId, waveYear, filter });
          warm.push(performance.now() - t0);
        }
        for (const filter of list.slice(0, runs)) {
          t0 = performance.now();
          await call('analysis/dashboard', { studyId, waveYear, filter });
          cached.push(performance.now() - t0);
        }
      }
      await call('study/close', { studyId });
    }
  } finally {
    sessions.closeAll();
  }
  return {
    respondents,
    runs,
    openMs: median(open),
    firstDashboardMs: median(first),
    filterChangeWarmMs: median(warm),
    filterCachedMs: median(cached),
    targets: { filterChangeWarmMs: 100, firstDashboardMs: 1000 },
  };
}

/** The bench's study: 100,000 respondents × 40 questions (18 touchpoints × 2, SAT, NPS), 10 units. */
export async function liveBenchStudy(dir = join(tmpdir(), 'tp-bench-live')): Promise<string> {
  const path = join(dir, 'live-100k-40q-10u.tpstudy');
  if (existsSync(path)) return path;
  mkdirSync(dir, { recursive: true });
  await buildLiveStudy(path, dir, { respondents: 100_000, touchpoints: 19, importance: true, units: 10 });
  return path;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const path = process.argv[2] ?? (await liveBenchStudy());
  const r = await measureDashboardLive(path);
  const line = (name: string, ms: number, target?: number) =>
    `${name.padEnd(40)} ${ms.toFixed(1).padStart(9)} ms${target ? `   (target ≤ ${target} ms: ${ms <= target ? 'met' : 'NOT met'})` : ''}`;
  console.log(`dashboard live, ${r.respondents.toLocaleString('en')} respondents, medians of ${r.runs}`);
  console.log(line('study/open', r.openMs));
  console.log(line('first dashboard after opening', r.firstDashboardMs, 1000));
  console.log(line('dashboard filter change (warm)', r.filterChangeWarmMs, 100));
  console.log(line('back to a filter already shown', r.filterCachedMs));
}
