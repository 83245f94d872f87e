import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { AppError } from '../../../shared/api/errors';
import type { ImportJobState, ImportSummary } from '../../../shared/api/import';
import type { OpenStudy } from '../study/sessions';
import type { CommitInput } from './commit';
import type { JobMessage, WorkerData } from './job-runner';
import { runJob } from './job-runner';
import { checkFileSize } from './guard';
import { readLimits, tooComplex, watchReader } from './read-sandbox';

type Job = {
  state: ImportJobState;
  cancel: Int32Array;
  worker: Worker | null;
  startedAt: number;
  phaseStartedAt: number;
};

const jobs = new Map<string, Job>();
const KEEP_FINISHED_MS = 10 * 60 * 1000;

/**
 * The worker entry beside this module: `import-worker.js` when bundled, `.ts` under tsx and vitest,
 * which then needs tsx's loader in the worker too.
 */
function workerEntry(): { url: URL; execArgv: string[] } | null {
  const js = new URL('./import-worker.js', import.meta.url);
  if (existsSync(fileURLToPath(js))) return { url: js, execArgv: [] };
  const ts = new URL('./import-worker.ts', import.meta.url);
  if (!existsSync(fileURLToPath(ts))) return null;
  try {
    const loader = createRequire(import.meta.url).resolve('tsx');
    return { url: ts, execArgv: ['--import', pathToFileURL(loader).href] };
  } catch {
    return null;
  }
}

function apply(
  job: Job,
  m: JobMessage,
  finish: (outcome: Extract<JobMessage, { type: 'done' }>['outcome']) => ImportSummary,
): void {
  const s = job.state;
  if (m.type === 'progress') {
    if (m.phase !== s.phase) job.phaseStartedAt = Date.now();
    s.phase = m.phase;
    s.rowsDone = m.done;
    s.rowsTotal = m.total;
    // Reading is one step we cannot measure inside; converting and writing report rows.
    // The import converts and writes in one pass ('writing'); 'converting' alone is kept for callers
    // that report it.
    const weight = { reading: [0, 0.05], converting: [0.05, 0.35], writing: [0.05, 0.95], finished: [1, 0] }[
      m.phase
    ];
    const frac = m.total > 0 ? m.done / m.total : 0;
    s.percent = Math.min(99, Math.round((weight[0]! + weight[1]! * frac) * 100));
    const elapsed = (Date.now() - job.startedAt) / 1000;
    s.etaSeconds = s.percent >= 10 ? Math.round((elapsed * (100 - s.percent)) / s.percent) : null;
  } else if (m.type === 'done') {
    try {
      s.result = finish(m.outcome);
      s.state = 'done';
    } catch (e) {
      s.state = 'failed';
      s.error = { code: 'INTERNAL', message: (e as Error).message };
    }
    s.phase = 'finished';
    s.percent = 100;
    s.etaSeconds = 0;
  } else {
    s.state = m.error.code === 'IMPORT_CANCELLED' ? 'cancelled' : 'failed';
    s.error = m.error;
    s.phase = 'finished';
  }
  if (s.state !== 'running') setTimeout(() => jobs.delete(s.jobId), KEEP_FINISHED_MS).unref();
}

/**
 * Starts an import off the main thread. The worker opens its own connection to the study file and
 * writes in one transaction; the main thread stays free to answer `import/progress` and `import/cancel`.
 * Where no worker can be started, the job runs in this thread after the call returns.
 */
export function startImportJob(
  session: OpenStudy,
  input: CommitInput,
  finish: (o: Extract<JobMessage, { type: 'done' }>['outcome']) => ImportSummary,
  opts: { inThread?: boolean } = {},
): string {
  // A file far too large is refused here, before a job or any copy of it exists.
  checkFileSize(input.file.name, Math.floor((input.file.base64.length * 3) / 4));
  const jobId = randomUUID();
  const cancel = new SharedArrayBuffer(8);
  const job: Job = {
    state: {
      jobId,
      state: 'running',
      phase: 'reading',
      rowsDone: 0,
      rowsTotal: 0,
      percent: 0,
      etaSeconds: null,
      result: null,
      error: null,
    },
    cancel: new Int32Array(cancel),
    worker: null,
    startedAt: Date.now(),
    phaseStartedAt: Date.now(),
  };
  jobs.set(jobId, job);
  const data: WorkerData = { path: session.path, input, cancel };
  const entry = opts.inThread ? null : workerEntry();
  if (!entry) {
    setImmediate(() => void runJob(session.db, data, (m) => apply(job, m, finish)));
    return jobId;
  }
  const fileName = input.file.name;
  // Reading is linear in the file for sane files: the deadline grows by its base per 20 MB begun, so a
  // large export on a busy machine is not taken for a hostile one.
  const sizeMb = (input.file.base64.length * 3) / 4 / 1e6;
  // The file goes to the worker decoded, its memory transferred rather than copied (an unpooled
  // buffer of its own); the request's base64 text is let go.
  const room = Buffer.allocUnsafeSlow(Math.ceil((input.file.base64.length * 3) / 4));
  const bytes = room.subarray(0, room.write(input.file.base64, 'base64'));
  input.file = { name: fileName, base64: '' };
  const worker = new Worker(entry.url, {
    workerData: { ...data, bytes } satisfies WorkerData,
    transferList: [room.buffer],
    execArgv: entry.execArgv,
    resourceLimits: { maxOldGenerationSizeMb: readLimits().memoryMb },
  });
  job.worker = worker;
  // The watchdog: a file still being read past the deadline is damaged or hostile. Reading has
  // written nothing, so the worker is stopped outright (if it has not just moved past reading).
  const deadlineMs = readLimits().deadlineMs * Math.max(1, Math.ceil(sizeMb / 20));
  const unwatch = watchReader(worker, deadlineMs, () => {
    if (job.state.state !== 'running' || Atomics.compareExchange(job.cancel, 1, 0, 2) !== 0) return;
    apply(job, { type: 'error', error: tooComplex(fileName, deadlineMs).toValue() }, finish);
    void worker.terminate();
  });
  worker.on('message', (m: JobMessage) => apply(job, m, finish));
  worker.on('error', (e: Error & { code?: string }) => {
    if (job.state.state !== 'running') return;
    const error =
      e.code === 'ERR_WORKER_OUT_OF_MEMORY'
        ? new AppError(
            'IMPORT_TOO_LARGE',
            `${fileName}: the import ran out of memory and stopped; the study is unchanged (close other programs, or split the file)`,
            { file: fileName },
          ).toValue()
        : {
            code: 'INTERNAL' as const,
            message: `import of ${fileName} failed: ${e.message}; the study is unchanged`,
          };
    apply(job, { type: 'error', error }, finish);
  });
  worker.on('exit', (code) => {
    unwatch();
    job.worker = null;
    if (job.state.state === 'running') {
      const cancelled = Atomics.load(job.cancel, 0) === 1;
      apply(
        job,
        {
          type: 'error',
          error: cancelled
            ? { code: 'IMPORT_CANCELLED', message: 'the import was cancelled; the study is unchanged' }
            : {
                code: 'INTERNAL',
                message: `the import of ${fileName} stopped unexpectedly (exit code ${code}); the study is unchanged`,
              },
        },
        finish,
      );
    }
  });
  return jobId;
}

export function jobState(jobId: string): ImportJobState {
  const job = jobs.get(jobId);
  if (!job) throw new AppError('NOT_FOUND', 'no such import job (it may have finished long ago)', { jobId });
  return { ...job.state };
}

/**
 * Cancels a running job: the flag stops it between chunks (rolling back any transaction). While the
 * file is still being parsed — one long step that cannot look at the flag — the worker is stopped;
 * nothing has been written then.
 */
export function cancelJob(jobId: string): ImportJobState {
  const job = jobs.get(jobId);
  if (!job) throw new AppError('NOT_FOUND', 'no such import job', { jobId });
  Atomics.store(job.cancel, 0, 1);
  if (job.worker && Atomics.compareExchange(job.cancel, 1, 0, 2) === 0) void job.worker.terminate();
  return { ...job.state };
}
