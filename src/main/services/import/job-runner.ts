import type { Database } from 'better-sqlite3';
import { AppError } from '../../../shared/api/errors';
import type { ApiError } from '../../../shared/api/errors';
import type { CommitInput, ImportOutcome, Phase } from './commit';
import { runImport } from './commit';
import type { ReadFile } from './read-file';
import { readImportFileAsync, sniffFormat } from './read-file';

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
  preRead?: ReadFile,
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
    const outcome = runImport(
      db,
      data.input,
      {
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
      },
      preRead,
    );
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

/**
 * Runs a job, first reading the files whose reader is asynchronous (SPSS .sav) — under the same
 * watchdog as the rest of the job's reading.
 */
export async function runJob(
  db: Database,
  data: WorkerData,
  post: (m: JobMessage) => void,
  ownsInput = false,
): Promise<void> {
  const name = data.input.file.name;
  const bytes = data.bytes ?? Buffer.from(data.input.file.base64, 'base64');
  let preRead: ReadFile | undefined;
  try {
    if (bytes.byteLength > 0 && sniffFormat(name, bytes) === 'sav')
      preRead = await readImportFileAsync(name, bytes, { sheet: data.input.sheet });
  } catch (e) {
    post({
      type: 'error',
      error:
        e instanceof AppError
          ? e.toValue()
          : {
              code: 'IMPORT_UNREADABLE',
              message: `${name} could not be read: ${(e as Error)?.message ?? String(e)}`,
            },
    });
    return;
  }
  runJobInThread(db, data, post, ownsInput, preRead);
}
