// Test-only worker for fuzz-reads.test.ts: reads one mutated file per message and answers with the
// refusal's code (or null when it read), so thousands of files need one worker, not one each.
import { parentPort } from 'node:worker_threads';
import { AppError } from '../../../shared/api/errors';
import { readImportFileAsync } from './read-file';

parentPort!.on('message', async (m: { id: number; name: string; bytes: Uint8Array }) => {
  let code: string | null = null;
  let message = '';
  try {
    await readImportFileAsync(m.name, m.bytes);
  } catch (e) {
    code = e instanceof AppError ? e.code : 'CRASH';
    message = (e as Error)?.message ?? String(e);
  }
  parentPort!.postMessage({ id: m.id, code, message });
});
