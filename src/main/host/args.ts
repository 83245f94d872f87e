import { parseArgs } from 'node:util';

export const HOST_HELP = `npm run web [-- options]: Touchpoint Studio in a browser on this machine (127.0.0.1, per-launch token)
  --port N          listen on port N (default: any free port)
  --data-dir DIR    the data folder: new, uploaded and opened studies live here
  --token T         use this token instead of a random one
  --help            show this text`;

export type HostArgs =
  | { kind: 'help' }
  | { kind: 'error'; message: string }
  | { kind: 'run'; port: number; dataDir: string | undefined; token: string | undefined };

/** The browser host's options: --help, or one line naming an unknown option or a bad value. */
export function parseHostArgs(argv: string[]): HostArgs {
  let values: { port?: string; 'data-dir'?: string; token?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        port: { type: 'string' },
        'data-dir': { type: 'string' },
        token: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (e) {
    const first = ((e as Error).message.split('\n')[0] ?? '').replace(/\. To specify.*$/, '');
    return { kind: 'error', message: `touchpoint web: ${first} (try --help)` };
  }
  if (values.help) return { kind: 'help' };
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    return {
      kind: 'error',
      message: `touchpoint web: --port takes a number from 0 to 65535, not "${values.port}"`,
    };
  return { kind: 'run', port, dataDir: values['data-dir'], token: values.token };
}
