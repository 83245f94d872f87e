import { parseArgs } from 'node:util';
import type { InputOf, OperationName, OutputOf } from '../../shared/api/contract';
import { AppError } from '../../shared/api/errors';
import type { ServiceContext } from '../services/api/context';
import { defaultDataDir, findResourcesDir } from '../services/paths';
import { COMMANDS } from './commands/index';
import type { CliCommand, CliEnv, CliIO } from './command';
import { UsageError } from './command';
import { version } from './version';

/**
 * `--opt -99` as `--opt=-99` for the command's string options: parseArgs takes a value that starts
 * with a dash for an option, and a missing-value code is often negative.
 */
function joinNegativeValues(args: string[], options: CliCommand['options']): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const next = args[i + 1];
    const opt = a.startsWith('--') ? options[a.slice(2)] : undefined;
    if (opt?.type === 'string' && next !== undefined && /^-\d/.test(next)) {
      out.push(`${a}=${next}`);
      i++;
    } else out.push(a);
  }
  return out;
}

function helpText(): string {
  const lines = ['touchpoint — Touchpoint Studio on the command line', '', 'Commands:'];
  for (const c of COMMANDS) lines.push(`  ${c.usage}`, `      ${c.summary}`);
  lines.push('', 'Every command takes --json: stdout then carries only the JSON document.');
  return lines.join('\n');
}

/**
 * Runs one CLI invocation and returns the exit code: 0 ok, 1 failed operation (bad file, bad data),
 * 2 wrong usage. Never prints a stack trace; `TOUCHPOINT_DEBUG=1` adds one on stderr for developers.
 */
export async function runCli(argv: string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(helpText());
    return name ? 0 : 2;
  }
  if (name === '--version') {
    io.out(version);
    return 0;
  }
  const command: CliCommand | undefined = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.err(`touchpoint: unknown command "${name}" (try touchpoint --help)`);
    return 2;
  }
  // Services load only now, and only the features the command calls (see ./handlers): `--help`
  // above needs none of them, `info` no canvas, PDF or spreadsheet library.
  const [{ createDispatch }, { StudySessions }, { createLazyHandlers }] = await Promise.all([
    import('../services/api/dispatch'),
    import('../services/study/sessions'),
    import('./handlers'),
  ]);
  const sessions = new StudySessions();
  const ctx: ServiceContext = {
    sessions,
    dataDir: defaultDataDir(),
    resourcesDir: findResourcesDir(),
    version,
    transport: 'ipc',
    dialogs: null,
  };
  const dispatch = createDispatch(createLazyHandlers(), ctx, (m) => {
    if (process.env.TOUCHPOINT_DEBUG) io.err(m);
  });
  let json = false;
  try {
    const parsed = parseArgs({
      args: joinNegativeValues(rest, command.options),
      options: { ...command.options, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
    json = parsed.values.json === true;
    if (parsed.values.help) {
      io.out(`usage: touchpoint ${command.usage}\n${command.summary}`);
      return 0;
    }
    const env: CliEnv = {
      io,
      json,
      dispatch,
      ctx,
      async call<N extends OperationName>(op: N, input: InputOf<N>): Promise<OutputOf<N>> {
        const r = await dispatch(op, input);
        if (!r.ok) throw new AppError(r.error.code, r.error.message, r.error.details);
        // The dispatcher ran the handler of `op`, whose return type the handler map ties to OutputOf<N>.
        return r.value as OutputOf<N>;
      },
    };
    await command.run(
      {
        positionals: parsed.positionals,
        values: parsed.values as Record<string, string | boolean | undefined>,
      },
      env,
    );
    return 0;
  } catch (e) {
    if (process.env.TOUCHPOINT_DEBUG && e instanceof Error) io.err(e.stack ?? e.message);
    if (
      e instanceof UsageError ||
      (e instanceof TypeError && 'code' in e && String(e.code).startsWith('ERR_PARSE_ARGS'))
    ) {
      io.err(`touchpoint ${name}: ${e.message}`);
      io.err(`usage: touchpoint ${command.usage}`);
      if (json) io.out(JSON.stringify({ ok: false, error: { code: 'USAGE', message: e.message } }));
      return 2;
    }
    const code = e instanceof AppError ? e.code : 'INTERNAL';
    const message = e instanceof Error ? e.message : String(e);
    io.err(`touchpoint ${name}: ${message}`);
    if (json) io.out(JSON.stringify({ ok: false, error: { code, message } }));
    return 1;
  } finally {
    sessions.closeAll();
  }
}
