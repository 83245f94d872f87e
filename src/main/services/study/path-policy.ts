import { basename, resolve } from 'node:path';
import type { OperationName } from '../../../shared/api/contract';
import { AppError } from '../../../shared/api/errors';
import type { Dialogs } from '../api/context';
import { recentPaths } from './recent';

export type PathMode = 'read' | 'write';

/**
 * Decides whether a file path that arrived as an operation's argument may be used. Returns the path
 * to use (normalised) or throws. The desktop app sets one (only paths its own dialogs returned, the
 * OS handed over, or the recent list holds); the browser host confines paths to its data folder in
 * the study service instead, and the CLI trusts the user who typed the command.
 */
export type PathPolicy = { check(path: string, mode: PathMode): string };

/** Every operation whose input carries a file path, and what it does with it. */
export const PATH_ARGUMENTS: Partial<Record<OperationName, PathMode>> = {
  'study/open': 'read',
  'study/create': 'write',
  'study/saveAs': 'write',
};

/** The one answer for a path that is not allowed, whether or not such a file exists. */
function refusal(path: string): AppError {
  const name = basename(path) || path;
  return new AppError('FILE_NOT_FOUND', `${name}: no such study among the files chosen in this app`, {
    file: name,
  });
}

/**
 * The desktop app's policy: a path is usable when the user picked it in a native dialog (an open
 * dialog grants reading, a save dialog writing), the operating system handed it over (a double-clicked
 * study: reading), or it is on the recent list (reading). A path the page makes up is refused with
 * the same error as a file that is not there.
 */
export class ChosenPaths implements PathPolicy {
  private readonly granted = { read: new Set<string>(), write: new Set<string>() };

  constructor(private readonly dataDir: string) {}

  grant(path: string, mode: PathMode): string {
    const p = resolve(path);
    this.granted[mode].add(p);
    return p;
  }

  check(path: string, mode: PathMode): string {
    const p = resolve(path);
    if (this.granted[mode].has(p)) return p;
    if (mode === 'read' && recentPaths(this.dataDir).has(p)) return p;
    throw refusal(path);
  }

  /** The native dialogs, with every path they return remembered as the user's choice. */
  remembering(dialogs: Dialogs): Dialogs {
    return {
      openStudy: async () => {
        const p = await dialogs.openStudy();
        return p === null ? null : this.grant(p, 'read');
      },
      saveStudy: async (defaultName) => {
        const p = await dialogs.saveStudy(defaultName);
        return p === null ? null : this.grant(p, 'write');
      },
    };
  }
}

/**
 * Applies `policy` to the path argument of operation `name`, returning the input to run with. An
 * operation not listed in PATH_ARGUMENTS that still carries a `path` is refused (fail closed), so a
 * new operation with a path cannot slip past the desktop app's check.
 */
export function applyPathPolicy(name: OperationName, input: unknown, policy: PathPolicy): unknown {
  if (typeof input !== 'object' || input === null || !('path' in input)) return input;
  const path: unknown = input.path;
  if (path === undefined) return input;
  const mode = PATH_ARGUMENTS[name];
  if (typeof path !== 'string' || mode === undefined) throw refusal(String(path));
  return { ...input, path: policy.check(path, mode) };
}
