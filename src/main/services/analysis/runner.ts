/**
 * Runs analyses off the main thread. One long-lived worker thread (./worker.ts) takes jobs in
 * order and keeps the waves it has read in memory (./wave-store.ts), so a new filter or weighting
 * only recomputes. Results are cached per (study session, data version, task) — the task holds the
 * wave, filter, weighting and parameters — in an LRU bounded by bytes, so flipping back and forth
 * between filters in a workshop is instant. The data version (./cache.ts) changes with every write
 * to the study, by this connection or any other, and then nothing computed before is served.
 *
 * Where the worker comes from:
 * - under tsx (CLI, vitest, `npm run web`): ./worker.ts, started with `--import tsx`;
 * - in the built Electron main: `analysis-worker.js` beside the bundle (electron.vite.config.ts
 *   must list it as a second main entry, see docs/ARCHITECTURE.md);
 * - otherwise, or when the worker fails, or with TOUCHPOINT_ANALYSIS_WORKER=0: in-thread.
 */
import type { Database } from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AnalysisTask } from '../../../shared/api/analysis';
import type { ErrorCode } from '../../../shared/api/errors';
import { AppError } from '../../../shared/api/errors';
import { SizedLru, dataVersion } from './cache';
import type { TaskOutput } from './tasks';
import { runTaskWithReleases } from './tasks';
import { createWaveStore } from './wave-store';
import type { WorkerMessage, WorkerReply } from './worker';

export type StudyRef = { id: string; path: string; db: Database };

export type AnalysisRunner = {
  /** The task's result (an Analysed envelope). */
  run(study: StudyRef, task: AnalysisTask): Promise<unknown>;
  /** The result with the filtered respondent sets it releases (for the session's differencing check). */
  runReleasing(study: StudyRef, task: AnalysisTask): Promise<TaskOutput>;
  mode(): 'worker' | 'in-thread';
  /** What the caches hold, and how many times a wave was read from a study file. */
  stats(): { results: number; resultBytes: number; waveLoads: number };
  close(): Promise<void>;
};

type Pending = {
  resolve(v: TaskOutput): void;
  reject(e: unknown): void;
  study: StudyRef;
  version: string;
  task: AnalysisTask;
};

function workerEntry(): { url: URL; execArgv: string[] } | null {
  const here = import.meta.url;
  if (here.endsWith('.ts')) return { url: new URL('./worker.ts', here), execArgv: ['--import', 'tsx'] };
  const built = new URL('./analysis-worker.js', here);
  return existsSync(fileURLToPath(built)) ? { url: built, execArgv: [] } : null;
}

/** Bytes a cached result holds, roughly: its JSON and the respondent ids it releases. */
function sizeOf(out: TaskOutput): number {
  return 2 * JSON.stringify(out.value).length + out.released.reduce((s, r) => s + 8 * r.ids.length, 0) + 256;
}

export type RunnerOptions = {
  worker?: boolean;
  /** Memory bound of the result cache (default 128 MB). */
  resultBytes?: number;
  /** Memory bound of the waves kept in memory (default 768 MB; in the worker, or here when in-thread). */
  waveBytes?: number;
};

export function createAnalysisRunner(options: RunnerOptions = {}): AnalysisRunner {
  const results = new SizedLru<Promise<TaskOutput>>(options.resultBytes ?? 128 * 2 ** 20);
  const waveBytes = options.waveBytes ?? 768 * 2 ** 20;
  const localWaves = createWaveStore(waveBytes);
  const versions = new Map<string, string>();
  /** The sessions with something in memory, by their connection: a closed one is forgotten. */
  const open = new Map<string, { id: string; db: Database }>();
  const pending = new Map<number, Pending>();
  let loads = 0;
  let nextId = 1;
  let worker: Worker | null = null;
  let broken = options.worker === false || process.env.TOUCHPOINT_ANALYSIS_WORKER === '0';

  const inThread = (study: StudyRef, version: string, task: AnalysisTask): Promise<TaskOutput> => {
    try {
      const src = localWaves.source(
        study.id,
        version,
        () => study.db,
        () => loads++,
      );
      return Promise.resolve(runTaskWithReleases(src, task));
    } catch (e) {
      return Promise.reject(e);
    }
  };

  const fail = () => {
    broken = true;
    worker = null;
    for (const [id, p] of pending) {
      pending.delete(id);
      inThread(p.study, p.version, p.task).then(p.resolve, p.reject);
    }
  };

  const getWorker = (): Worker | null => {
    if (broken) return null;
    if (worker) return worker;
    const entry = workerEntry();
    if (!entry) {
      broken = true;
      return null;
    }
    try {
      const w = new Worker(entry.url, { execArgv: entry.execArgv, workerData: { waveBytes } });
      w.on('message', (r: WorkerReply) => {
        const p = pending.get(r.id);
        if (!p) return;
        pending.delete(r.id);
        if (pending.size === 0) w.unref();
        loads += r.loads;
        if (r.ok) p.resolve(r.value);
        else p.reject(new AppError(r.error.code as ErrorCode, r.error.message, r.error.details));
      });
      w.on('error', fail);
      w.on('exit', () => {
        if (worker === w) fail();
      });
      w.unref();
      worker = w;
      return w;
    } catch {
      broken = true;
      return null;
    }
  };

  const execute = (study: StudyRef, version: string, task: AnalysisTask): Promise<TaskOutput> => {
    const w = getWorker();
    if (!w) return inThread(study, version, task);
    return new Promise((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve, reject, study, version, task });
      w.ref();
      const job: WorkerMessage = { id, path: study.path, session: study.id, version, task };
      w.postMessage(job);
    });
  };

  /** Drops what closed studies left in memory: their results, their waves (here and in the worker). */
  const sweep = () => {
    for (const [session, s] of open) {
      if (s.db.open) continue;
      open.delete(session);
      versions.delete(session);
      results.deletePrefix(session);
      localWaves.forget(s.id);
      worker?.postMessage({ forget: s.id } satisfies WorkerMessage);
    }
  };
  const sweeper = setInterval(sweep, 60_000);
  sweeper.unref();

  const runReleasing = (study: StudyRef, task: AnalysisTask): Promise<TaskOutput> => {
    sweep();
    const version = dataVersion(study.db);
    const session = `${study.id}\u0000${study.path}\u0000`;
    open.set(session, { id: study.id, db: study.db });
    if (versions.get(session) !== version) {
      // the study changed: nothing computed before can be served again
      results.deletePrefix(session);
      versions.set(session, version);
    }
    const key = `${session}${version}\u0000${JSON.stringify(task)}`;
    const hit = results.get(key);
    if (hit) return hit;
    const result = execute(study, version, task);
    results.set(key, result, 64 * 1024);
    result.then(
      (out) => results.resize(key, sizeOf(out)),
      () => results.delete(key),
    );
    return result;
  };

  return {
    run: (study, task) => runReleasing(study, task).then((o) => o.value),
    runReleasing,
    mode: () => (getWorker() ? 'worker' : 'in-thread'),
    stats: () => ({ results: results.size, resultBytes: results.bytes, waveLoads: loads }),
    async close() {
      clearInterval(sweeper);
      const w = worker;
      worker = null;
      broken = true;
      results.clear();
      localWaves.clear();
      if (w) await w.terminate();
    },
  };
}
