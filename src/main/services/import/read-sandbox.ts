import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ApiError } from '../../../shared/api/errors';
import { AppError } from '../../../shared/api/errors';
import { LIMITS } from './guard';
import type { ReadFile, ReadOptions } from './read-file';
import { readImportFileAsync } from './read-file';

/** The limits travel with the request, so the worker refuses by the same rules as this thread. */
export type ReadRequest = { name: string; bytes: Uint8Array; opts: ReadOptions; limits: typeof LIMITS };
export type ReadReply = { ok: true; file: ReadFile } | { ok: false; error: ApiError };

/**
 * How long, and in how much memory, one file may be read. A sane export of 100,000 rows reads in a
 * few seconds; a damaged .xls that makes the parser loop, or an .ods declaring two billion repeated
 * rows, would otherwise hold the process for ever. The deadline counts the reader's own CPU time, so
 * a sane file on a busy laptop is not refused because other work shared its cores; a reader that
 * stops getting CPU at all is still stopped at four times the deadline in wall-clock time. Tests
 * shorten the deadline through the environment.
 */
export function readLimits(): { deadlineMs: number; memoryMb: number } {
  const ms = Number(process.env['TOUCHPOINT_READ_DEADLINE_MS']);
  const mb = Number(process.env['TOUCHPOINT_READ_MEMORY_MB']);
  return {
    deadlineMs: Number.isFinite(ms) && ms > 0 ? ms : 20_000,
    memoryMb: Number.isFinite(mb) && mb > 0 ? mb : 4096,
  };
}

export function tooComplex(name: string, deadlineMs: number): AppError {
  const s = deadlineMs >= 1000 ? `${Math.round(deadlineMs / 1000)} s` : `${deadlineMs} ms`;
  return new AppError('IMPORT_UNREADABLE', `${name}: damaged or too complex: stopped after ${s}`, {
    file: name,
  });
}

/**
 * Calls `onOver` once the worker has used `deadlineMs` of CPU time, or four times that in wall-clock
 * time (a reader starved of CPU altogether). Returns the function that stops watching.
 */
export function watchReader(worker: Worker, deadlineMs: number, onOver: () => void): () => void {
  let done = false;
  const over = () => {
    if (done) return;
    stop();
    onOver();
  };
  const wall = setTimeout(over, deadlineMs * 4);
  const poll = setInterval(
    () => {
      void worker.cpuUsage().then(
        (u) => {
          if ((u.user + u.system) / 1000 >= deadlineMs) over();
        },
        () => undefined,
      );
    },
    Math.min(250, Math.max(20, deadlineMs / 10)),
  );
  wall.unref();
  poll.unref();
  function stop() {
    done = true;
    clearTimeout(wall);
    clearInterval(poll);
  }
  return stop;
}

/** The worker entry beside this module: `read-worker.js` when bundled, `.ts` (with tsx's loader) under tsx and vitest. */
function workerEntry(): { url: URL; execArgv: string[] } | null {
  const js = new URL('./read-worker.js', import.meta.url);
  if (existsSync(fileURLToPath(js))) return { url: js, execArgv: [] };
  const ts = new URL('./read-worker.ts', import.meta.url);
  if (!existsSync(fileURLToPath(ts))) return null;
  try {
    const loader = createRequire(import.meta.url).resolve('tsx');
    return { url: ts, execArgv: ['--import', pathToFileURL(loader).href] };
  } catch {
    return null;
  }
}

/**
 * Reads an import file in a worker thread under a watchdog: past the deadline or the memory cap the
 * worker is stopped and the file refused with one line. Nothing has been written then. The caller's
 * thread (the server's, the app's main process) stays free for other requests meanwhile.
 */
export function readImportFileGuarded(
  name: string,
  bytes: Uint8Array,
  opts: ReadOptions = {},
): Promise<ReadFile> {
  const entry = workerEntry();
  if (!entry) return readImportFileAsync(name, bytes, opts);
  const { deadlineMs, memoryMb } = readLimits();
  return new Promise<ReadFile>((resolve, reject) => {
    let settled = false;
    const settle = (f: () => void) => {
      if (settled) return;
      settled = true;
      unwatch();
      f();
    };
    const stop = () => {
      settle(() => reject(tooComplex(name, deadlineMs)));
      void worker.terminate();
    };
    const request: ReadRequest = { name, bytes, opts, limits: { ...LIMITS } };
    const worker = new Worker(entry.url, {
      workerData: request,
      execArgv: entry.execArgv,
      resourceLimits: { maxOldGenerationSizeMb: memoryMb },
    });
    const unwatch = watchReader(worker, deadlineMs, stop);
    worker.on('message', (m: ReadReply) =>
      settle(() =>
        m.ok ? resolve(m.file) : reject(new AppError(m.error.code, m.error.message, m.error.details)),
      ),
    );
    worker.on('error', (e: Error & { code?: string }) =>
      settle(() =>
        reject(
          e.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? new AppError(
                'IMPORT_TOO_LARGE',
                `${name}: damaged or too complex: it needs more than ${memoryMb} MB`,
                {
                  file: name,
                },
              )
            : new AppError('IMPORT_UNREADABLE', `${name} could not be read: ${e.message}`, { file: name }),
        ),
      ),
    );
    worker.on('exit', () =>
      settle(() =>
        reject(
          new AppError('IMPORT_UNREADABLE', `${name} could not be read (the reader stopped)`, { file: name }),
        ),
      ),
    );
  });
}
