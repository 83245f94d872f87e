import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createDispatch, createHandlers, StudySessions } from '../services/index';
import type { ServiceContext } from '../services/index';
import { defaultDataDir, findResourcesDir } from '../services/paths';
import { version } from '../cli/version';
import { startHost } from './server';

/**
 * `npm run web`: the app in any browser on this machine, on 127.0.0.1 with a per-launch token.
 * Options: --port N, --data-dir DIR (where new and uploaded studies go).
 */
const { values } = parseArgs({
  options: { port: { type: 'string' }, 'data-dir': { type: 'string' }, token: { type: 'string' } },
});
const resourcesDir = findResourcesDir();
const sessions = new StudySessions();
const ctx: ServiceContext = {
  sessions,
  dataDir: values['data-dir'] ? resolve(values['data-dir']) : defaultDataDir(),
  resourcesDir,
  version,
  transport: 'http',
  dialogs: null,
};
const host = await startHost({
  dispatch: createDispatch(createHandlers(), ctx),
  rendererDir: resolve(resourcesDir, '..', 'out', 'renderer'),
  port: values.port ? Number(values.port) : 0,
  ...(values.token ? { token: values.token } : {}),
});
process.stdout.write(`Touchpoint Studio is running in browser mode.\nOpen ${host.url}\n`);
const stop = () => {
  sessions.closeAll();
  void host.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
