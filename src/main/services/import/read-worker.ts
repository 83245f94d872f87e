// Worker entry: reads one import file off the main thread, so a damaged or hostile file that makes a
// parser loop can be stopped by the watchdog in read-sandbox.ts. Bundled as out/main/read-worker.js.
import { parentPort, workerData } from 'node:worker_threads';
import { AppError } from '../../../shared/api/errors';
import type { ReadRequest, ReadReply } from './read-sandbox';
import { LIMITS } from './guard';
import { readImportFileAsync } from './read-file';

const req = workerData as ReadRequest;
Object.assign(LIMITS, req.limits);
let reply: ReadReply;
try {
  reply = { ok: true, file: await readImportFileAsync(req.name, req.bytes, req.opts) };
} catch (e) {
  reply = {
    ok: false,
    error:
      e instanceof AppError
        ? e.toValue()
        : {
            code: 'IMPORT_UNREADABLE',
            message: `${req.name} could not be read: ${(e as Error)?.message ?? String(e)}`,
          },
  };
}
parentPort!.postMessage(reply);
