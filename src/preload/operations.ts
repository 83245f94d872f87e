/**
 * Which operations the preload lets the page call. The main process passes the contract's names to
 * the page's process as one command-line argument (webPreferences.additionalArguments), so the
 * preload knows them without bundling the contract (its zod schemas stay in the main process).
 * Plain TypeScript with no Electron import: tested in Node.
 */
export const OPERATIONS_SWITCH = '--touchpoint-operations=';

/** What an operation name looks like (`noun/verb`): never a comma, a space or a dot. */
const NAME = /^[\w-]+(\/[\w-]+)+$/;

/** The argument the main process adds for the page's process. */
export function operationsArgument(names: readonly string[]): string {
  for (const n of names) {
    if (!NAME.test(n)) throw new Error(`operationsArgument: unexpected name ${n}`);
  }
  return OPERATIONS_SWITCH + names.join(',');
}

/**
 * The allowed names, read back from the process's arguments. No argument (or a damaged one) allows
 * nothing: the preload fails closed.
 */
export function allowedOperations(argv: readonly string[]): ReadonlySet<string> {
  const arg = argv.find((a) => a.startsWith(OPERATIONS_SWITCH));
  if (!arg) return new Set();
  const names = arg.slice(OPERATIONS_SWITCH.length).split(',');
  return new Set(names.filter((n) => NAME.test(n)));
}

/** What `invoke` answers for a name outside the contract, without reaching the main process. */
export function unknownOperation(name: unknown): {
  ok: false;
  error: { code: 'UNKNOWN_OPERATION'; message: string };
} {
  const shown = typeof name === 'string' ? name.slice(0, 80) : typeof name;
  return { ok: false, error: { code: 'UNKNOWN_OPERATION', message: `unknown operation ${shown}` } };
}
