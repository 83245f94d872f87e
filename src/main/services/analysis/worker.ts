/**
 * The analysis worker thread: opens the study file read-only, loads the columns and runs the pure
 * analysis for each job it is sent, answering with the result or an error value. Bundled for
 * Electron as its own entry (out/main/analysis-worker.js); under tsx it runs from source.
 */
import Database from 'better-sqlite3';
import { parentPort } from 'node:worker_threads';
import { isAppError } from '../../../shared/api/errors';
import type { AnalysisTask } from '../../../shared/api/analysis';
import { runTaskWithReleases } from './tasks';

export type WorkerJob = { id: number; path: string; task: AnalysisTask };
export type WorkerReply =
  | { id: number; ok: true; value: unknown }
  | {
      id: number;
      ok: false;
      error: { code: string; message: string; details?: Record<string, string | number | boolean | null> };
    };

parentPort?.on('message', (job: WorkerJob) => {
  let db: Database.Database | undefined;
  let reply: WorkerReply;
  try {
    db = new Database(job.path, { readonly: true, fileMustExist: true });
    reply = { id: job.id, ok: true, value: runTaskWithReleases(db, job.task) };
  } catch (e) {
    if (!isAppError(e)) {
      // A bug: its stack goes to the log (stderr), not to the caller.
      console.error(
        `[analysis/${job.task.op}] internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`,
      );
    }
    reply = isAppError(e)
      ? { id: job.id, ok: false, error: e.toValue() }
      : {
          id: job.id,
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
