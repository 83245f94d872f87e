import { lstatSync, mkdirSync, realpathSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { AppError } from '../../../shared/api/errors';
import type { ServiceContext } from '../api/context';
import { studiesDir } from './study-service';

function inside(root: string, p: string): boolean {
  const rel = relative(root, p);
  return rel === '' ? false : !rel.startsWith('..') && !isAbsolute(rel) && !rel.split(sep).includes('..');
}

function realOrNull(p: string): string | null {
  try {
    return realpathSync(p);
  } catch {
    return null;
  }
}

/**
 * Over the browser host a path from the client names a study file inside the data folder, nothing
 * else: a name is resolved in the studies folder, an absolute path must already lie in the data
 * folder, and symlinks, FIFOs and other non-files are refused. "Not there" and "not allowed" get the
 * same answer, so the API cannot be used to learn what exists elsewhere on the machine. In the
 * desktop app and the CLI the path is the user's own choice and passes unchanged.
 */
export function confinePath(
  ctx: Pick<ServiceContext, 'transport' | 'dataDir'>,
  path: string,
  mode: 'read' | 'write',
): string {
  if (ctx.transport !== 'http') return path;
  const refuse = () =>
    new AppError('FILE_NOT_FOUND', `${path.split(/[\\/]/).pop() ?? path}: no such study in the data folder`, {
      file: path,
    });
  mkdirSync(studiesDir(ctx.dataDir), { recursive: true });
  const root = realOrNull(ctx.dataDir) ?? resolve(ctx.dataDir);
  const target = isAbsolute(path) ? resolve(path) : resolve(studiesDir(ctx.dataDir), path);
  if (!/\.tpstudy$/i.test(target)) throw refuse();
  // The folder it goes in must really be inside the data folder (no symlinked folder out of it).
  const parent = realOrNull(dirname(target));
  if (!parent || !(inside(root, parent) || parent === root)) throw refuse();
  const full = resolve(parent, target.slice(dirname(target).length + 1));
  let st: ReturnType<typeof lstatSync> | null = null;
  try {
    st = lstatSync(full);
  } catch {
    st = null;
  }
  if (st === null) {
    if (mode === 'read') throw refuse();
    return full;
  }
  if (!st.isFile()) throw refuse();
  return full;
}
