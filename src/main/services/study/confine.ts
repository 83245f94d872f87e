import { lstatSync, mkdirSync, realpathSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { AppError } from '../../../shared/api/errors';
import type { RecentStudy } from '../../../shared/domain/index';
import type { ServiceContext } from '../api/context';
import { studiesDir } from './study-service';

type Where = Pick<ServiceContext, 'transport' | 'dataDir'>;

function realOrNull(p: string): string | null {
  try {
    return realpathSync(p);
  } catch {
    return null;
  }
}

/** One answer for "not there" and "not allowed", so the API cannot probe the machine. */
function refuse(path: string): AppError {
  const shown = path.split(/[\\/]/).pop() || 'that file';
  return new AppError('FILE_NOT_FOUND', `${shown}: no such study in the data folder`, { file: shown });
}

/** The studies folder, created if needed, as its real path (the data folder may itself be a link). */
function realStudies(dataDir: string): string {
  const dir = studiesDir(dataDir);
  mkdirSync(dir, { recursive: true });
  return realOrNull(dir) ?? resolve(dir);
}

/** Whether `full` is a regular file (not a link, FIFO, device or folder); null when absent. */
function regularFile(full: string): boolean | null {
  try {
    return lstatSync(full).isFile();
  } catch {
    return null;
  }
}

/**
 * Over the browser host a path from the client is only ever a study's file name, resolved in the
 * studies folder of the data folder: an absolute path is refused even when it points inside the data
 * folder, and so is any name with a folder separator or `..`; symlinks, FIFOs and other non-files
 * are refused. "Not there" and "not allowed" get the same answer. In the desktop app and the CLI the
 * path is the user's own choice and passes unchanged.
 */
export function confinePath(ctx: Where, path: string, mode: 'read' | 'write'): string {
  if (ctx.transport !== 'http') return path;
  const name = path.trim();
  if (
    name === '' ||
    name !== basename(name) ||
    /[\\/:\0]/.test(name) ||
    name.startsWith('.') ||
    !/\.tpstudy$/i.test(name)
  )
    throw refuse(path);
  const file = regularFile(join(realStudies(ctx.dataDir), name));
  // The same spelling as the studies the app puts there itself, so one file is one session.
  const full = join(studiesDir(ctx.dataDir), name);
  if (file === null && mode === 'write') return full;
  if (file !== true) throw refuse(path);
  return full;
}

/**
 * The file of an open study, checked again before its bytes leave over the browser host: it must
 * still be a regular file directly in the studies folder (not replaced by a link or a FIFO since it
 * was opened). Elsewhere the session's path is returned as it is.
 */
export function confineOpenStudy(ctx: Where, path: string): string {
  if (ctx.transport !== 'http') return path;
  const root = realStudies(ctx.dataDir);
  const parent = realOrNull(dirname(path));
  if (parent !== root || regularFile(path) !== true) throw refuse(path);
  return path;
}

/**
 * The recent list as the client may see it: over the browser host only the studies in the studies
 * folder, each named by its file name (which is what `study/open` takes there).
 */
export function recentForClient(ctx: Where, list: RecentStudy[]): RecentStudy[] {
  if (ctx.transport !== 'http') return list;
  const root = realStudies(ctx.dataDir);
  return list.flatMap((r) => {
    const parent = realOrNull(dirname(r.path));
    if (parent !== root || regularFile(r.path) !== true) return [];
    return [{ ...r, path: basename(r.path) }];
  });
}
