import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Result } from '../../shared/api/errors';
import type { ServiceContext } from './api/context';
import { createDispatch, createHandlers, StudySessions } from './index';

/**
 * The services as the app runs them, for tests: every handler behind the dispatch (validation,
 * errors, sessions) over real study files in a fresh temp folder. Close `sessions` after the tests.
 */
export function testDispatch(
  prefix = 'tp-test-',
  options: { resourcesDir?: string; transport?: ServiceContext['transport'] } = {},
) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const sessions = new StudySessions();
  const ctx: ServiceContext = {
    sessions,
    dataDir: join(dir, 'data'),
    resourcesDir: options.resourcesDir ?? dir,
    version: 'test',
    transport: options.transport ?? 'ipc',
    dialogs: null,
  };
  const dispatch = createDispatch(createHandlers(), ctx, () => {});
  return { dir, sessions, ctx, dispatch };
}

/** The value of a successful answer; a failure throws with its code and message. */
export function value<T>(r: Result<unknown>): T {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value as T;
}
