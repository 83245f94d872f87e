import { resolve } from 'node:path';
import { createDispatch, createHandlers, StudySessions } from '../services/index';
import type { ServiceContext } from '../services/index';
import { defaultDataDir, findResourcesDir } from '../services/paths';
import { version } from '../cli/version';
import { HOST_HELP, parseHostArgs } from './args';
import { startHost } from './server';

/**
 * `npm run web`: the app in any browser on this machine, on 127.0.0.1 with a per-launch token.
 * Options: see HOST_HELP in args.ts.
 */
const args = parseHostArgs(process.argv.slice(2));
if (args.kind === 'help') {
  process.stdout.write(`${HOST_HELP}\n`);
  process.exit(0);
}
if (args.kind === 'error') {
  process.stderr.write(`${args.message}\n`);
  process.exit(2);
}
const resourcesDir = findResourcesDir();
const sessions = new StudySessions();
const ctx: ServiceContext = {
  sessions,
  dataDir: args.dataDir ? resolve(args.dataDir) : defaultDataDir(),
  resourcesDir,
  version,
  transport: 'http',
  dialogs: null,
};
const host = await startHost({
  dispatch: createDispatch(createHandlers(), ctx),
  rendererDir: resolve(resourcesDir, '..', 'out', 'renderer'),
  port: args.port,
  ...(args.token ? { token: args.token } : {}),
});
process.stdout.write(`Touchpoint Studio is running in browser mode.\nOpen ${host.url}\n`);
const stop = () => {
  sessions.closeAll();
  void host.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
