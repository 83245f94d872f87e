// Worker entry: one import, off the main thread. Kept small and separate so electron-vite can bundle
// it as its own entry (out/main/import-worker.js) beside the main bundle.
import Database from 'better-sqlite3';
import { parentPort, workerData } from 'node:worker_threads';
import { runJob } from './job-runner';
import type { WorkerData } from './job-runner';

const data = workerData as WorkerData;
const db = new Database(data.path, { fileMustExist: true });
try {
  await runJob(db, data, (m) => parentPort!.postMessage(m), true);
} finally {
  db.close();
}
