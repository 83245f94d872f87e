/**
 * The analysis worker thread: runs each job it is sent against the waves it keeps in memory
 * (./wave-store.ts, per study session and data version), opening the study file read-only only to
 * read a wave it does not hold yet, and answers with the result or an error value. Bundled for
 * Electron as its own entry (out/main/analysis-worker.js); under tsx it runs from source.
 */
import Database from 'better-sqlite3';
import { parentPort, workerData } from 'node:worker_threads';
import { isAppError } from '../../../shared/api/errors';
import type { AnalysisTask } from '../../../shared/api/analysis';
import type { TaskOutput } from './tasks';
import { runTaskWithReleases } from './tasks';
import { createWaveStore } from './wave-store';

export type WorkerJob = { id: number; path: string; session: string; version: string; task: AnalysisTask };
/** A job, or word that a study session was closed (its waves are dropped). */
export type WorkerMessage = WorkerJob | { forget: string };
export type WorkerReply = { id: number; loads: number } & (
  | { ok: true; value: TaskOutput }
  | {
      ok: false;
      error: { code: string; message: string; details?: Record<string, string | number | boolean | null> };
    }
);

const options = (workerData ?? {}) as { waveBytes?: number };
const waves = createWaveStore(options.waveBytes ?? 768 * 2 ** 20);

parentPort?.on('message', (message: WorkerMessage) => {
  if ('forget' in message) return waves.forget(message.forget);
  const job = message;
  let db: Database.Database | undefined;
  let loads = 0;
  let reply: WorkerReply;
  const open = () => (db ??= new Database(job.path, { readonly: true, fileMustExist: true }));
  try {
    const src = waves.source(job.session, job.version, open, () => loads++);
    const value = runTaskWithReleases(src, job.task);
    reply = { id: job.id, loads, ok: true, value };
  } catch (e) {
    if (!isAppError(e)) {
      // A bug: its stack goes to the log (stderr), not to the caller.
      console.error(
        `[analysis/${job.task.op}] internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`,
      );
    }
    reply = isAppError(e)
      ? { id: job.id, loads, ok: false, error: e.toValue() }
      : {
          id: job.id,
          loads,
          ok: false,
          error: {
            code: 'INTERNAL',
            message: `analysis/${job.task.op} failed because of an error inside the app (in the log)`,
          },
        };
  } finally {
    db?.close();
  }
  parentPort?.postMessage(reply);
});
