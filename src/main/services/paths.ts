import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's (or installed app's) `resources` folder, found by walking up from this file. */
export function findResourcesDir(from: string = dirname(fileURLToPath(import.meta.url))): string {
  if (process.env.TOUCHPOINT_RESOURCES) return resolve(process.env.TOUCHPOINT_RESOURCES);
  let dir = from;
  for (let i = 0; i < 8; i++) {
    const candidate = join(dir, 'resources');
    if (existsSync(candidate) && existsSync(join(dir, 'package.json'))) return candidate;
    dir = dirname(dir);
  }
  throw new Error(`findResourcesDir: no resources folder above ${from}`);
}

/** The user's data folder outside Electron (CLI, browser host); overridable for tests. */
export function defaultDataDir(): string {
  if (process.env.TOUCHPOINT_DATA_DIR) return resolve(process.env.TOUCHPOINT_DATA_DIR);
  const base = process.env.XDG_DATA_HOME ?? join(homedir(), '.local', 'share');
  return join(base, 'touchpoint-studio');
}
