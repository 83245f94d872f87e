import type { Database } from 'better-sqlite3';
import { AppError } from '../../../shared/api/errors';
import type { ApiError } from '../../../shared/api/errors';
import type { CommitInput, ImportOutcome, Phase } from './commit';
import { runImport } from './commit';

export type WorkerData = {
  path: string;
  input: CommitInput;
  cancel: SharedArrayBuffer;
  /** The file's bytes, transferred to the worker (then `input.file.base64` is empty). */
  bytes?: Uint8Array;
};
export type JobMessage =
  | { type: 'progress'; phase: Phase; done: number; total: number }
  | { type: 'done'; outcome: ImportOutcome }
  | { type: 'error'; error: ApiError };

/**
 * Runs one import job on its own connection to the study file, reporting progress and polling the
 * shared cancel flag between chunks. A cancel throws inside the transaction, which rolls back.
 */
export function runJobInThread(
  db: Database,
  data: WorkerData,
  post: (m: JobMessage) => void,
  /** True in a worker, whose workerData is its own copy: the file's text is let go once decoded. */
  ownsInput = false,
): void {
  const flag = new Int32Array(data.cancel);
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 10000');
  db.pragma('synchronous = FULL');
  let last = 0;
  let lastPhase: Phase | null = null;
  // Slow motion: a pause after each progress report, so a test (or a demonstration) on a fast machine
  // can watch the progress and cancel mid-import. Unset, imports run at full speed.
  const pauseMs = Math.min(Number(process.env['TOUCHPOINT_IMPORT_PAUSE_MS'] ?? 0) || 0, 2000);
  try {
    const outcome = runImport(db, data.input, {
      ownsInput,
      fileBytes: data.bytes,
      progress: (phase, done, total) => {
        const now = Date.now();
        if (phase === lastPhase && now - last < 100 && done < total) return;
        last = now;
        lastPhase = phase;
        post({ type: 'progress', phase, done, total });
        if (pauseMs > 0) Atomics.wait(flag, 0, 0, pauseMs);
      },
      // Slot 1 says whether the worker may still be stopped outright: 0 reading, 1 past reading,
      // 2 stopped by the main thread. Whoever swaps first wins, so no write is ever cut off.
      readDone: () => {
        if (Atomics.compareExchange(flag, 1, 0, 1) === 2)
          throw new AppError('IMPORT_CANCELLED', 'the import was cancelled; the study is unchanged');
      },
      checkCancel: () => {
        if (Atomics.load(flag, 0) === 1)
          throw new AppError('IMPORT_CANCELLED', 'the import was cancelled; the study is unchanged');
      },
    });
    post({ type: 'done', outcome });
  } catch (e) {
    post({
      type: 'error',
      error:
        e instanceof AppError
          ? e.toValue()
          : { code: 'INTERNAL', message: `import failed: ${(e as Error)?.message ?? String(e)}` },
    });
  }
}
