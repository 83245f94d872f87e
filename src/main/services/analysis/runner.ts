/**
 * Runs analyses off the main thread. One long-lived worker thread (./worker.ts) takes jobs in
 * order; results are cached per (study, data version, task) — the task holds the wave, filter and
 * weighting — so flipping back and forth between filters in a workshop is instant.
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
import type { TaskOutput } from './tasks';
import { runTaskWithReleases } from './tasks';
import type { WorkerJob, WorkerReply } from './worker';

export type StudyRef = { id: string; path: string; db: Database };

export type AnalysisRunner = {
  /** The task's result (an Analysed envelope). */
  run(study: StudyRef, task: AnalysisTask): Promise<unknown>;
  /** The result with the filtered respondent sets it releases (for the session's differencing check). */
  runReleasing(study: StudyRef, task: AnalysisTask): Promise<TaskOutput>;
  mode(): 'worker' | 'in-thread';
  close(): Promise<void>;
};

type Pending = { resolve(v: unknown): void; reject(e: unknown): void; study: StudyRef; task: AnalysisTask };

function workerEntry(): { url: URL; execArgv: string[] } | null {
  const here = import.meta.url;
  if (here.endsWith('.ts')) return { url: new URL('./worker.ts', here), execArgv: ['--import', 'tsx'] };
  const built = new URL('./analysis-worker.js', here);
  return existsSync(fileURLToPath(built)) ? { url: built, execArgv: [] } : null;
}

/** What the study's data looks like now: any import or questionnaire edit changes it. */
function dataVersion(db: Database): string {
  const r = db
    .prepare(
      'SELECT (SELECT updated_at FROM study WHERE id = 1) AS u, (SELECT COUNT(*) FROM respondent) AS n, total_changes() AS c',
    )
    .get() as {
    u: string;
    n: number;
    c: number;
  };
  return `${r.u}|${r.n}|${r.c}`;
}

export function createAnalysisRunner(options: { worker?: boolean; cacheSize?: number } = {}): AnalysisRunner {
  const cacheSize = options.cacheSize ?? 64;
  const cache = new Map<string, Promise<unknown>>();
  const pending = new Map<number, Pending>();
  let nextId = 1;
  let worker: Worker | null = null;
  let broken = options.worker === false || process.env.TOUCHPOINT_ANALYSIS_WORKER === '0';

  const inThread = (study: StudyRef, task: AnalysisTask): Promise<unknown> => {
    try {
      return Promise.resolve(runTaskWithReleases(study.db, task));
    } catch (e) {
      return Promise.reject(e);
    }
  };

  const fail = () => {
    broken = true;
    worker = null;
    for (const [id, p] of pending) {
      pending.delete(id);
      inThread(p.study, p.task).then(p.resolve, p.reject);
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
      const w = new Worker(entry.url, { execArgv: entry.execArgv });
      w.on('message', (r: WorkerReply) => {
        const p = pending.get(r.id);
        if (!p) return;
        pending.delete(r.id);
        if (pending.size === 0) w.unref();
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

  const execute = (study: StudyRef, task: AnalysisTask): Promise<unknown> => {
    const w = getWorker();
    if (!w) return inThread(study, task);
    return new Promise((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve, reject, study, task });
      w.ref();
      const job: WorkerJob = { id, path: study.path, task };
      w.postMessage(job);
    });
  };

  const runReleasing = (study: StudyRef, task: AnalysisTask): Promise<TaskOutput> => {
    const key = JSON.stringify([study.id, study.path, dataVersion(study.db), task]);
    const hit = cache.get(key);
    if (hit) {
      cache.delete(key);
      cache.set(key, hit);
      return hit as Promise<TaskOutput>;
    }
    const result = execute(study, task);
    cache.set(key, result);
    result.catch(() => cache.delete(key));
    while (cache.size > cacheSize) cache.delete(cache.keys().next().value!);
    return result as Promise<TaskOutput>;
  };

  return {
    run: (study, task) => runReleasing(study, task).then((o) => o.value),
    runReleasing,
    mode: () => (getWorker() ? 'worker' : 'in-thread'),
    async close() {
      const w = worker;
      worker = null;
      broken = true;
      cache.clear();
      if (w) await w.terminate();
    },
  };
}
