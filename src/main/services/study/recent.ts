import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { RecentStudy } from '../../../shared/domain/index';

const MAX_RECENT = 12;

/** The recent-studies list, a small JSON file in the user's data folder. */
export function readRecent(dataDir: string): RecentStudy[] {
  const file = join(dataDir, 'recent.json');
  if (!existsSync(file)) return [];
  try {
    const list = JSON.parse(readFileSync(file, 'utf8')) as RecentStudy[];
    return Array.isArray(list) ? list.filter((r) => existsSync(r.path)) : [];
  } catch {
    return []; // a damaged list is not worth an error: it is rebuilt as studies are opened
  }
}

export function rememberRecent(dataDir: string, entry: Omit<RecentStudy, 'openedAt'>): void {
  mkdirSync(dataDir, { recursive: true });
  const list = readRecent(dataDir).filter((r) => r.path !== entry.path);
  list.unshift({ ...entry, openedAt: new Date().toISOString() });
  writeFileSync(join(dataDir, 'recent.json'), JSON.stringify(list.slice(0, MAX_RECENT), null, 2));
}

/** The paths on the recent list (normalised), for the desktop app's path policy. */
export function recentPaths(dataDir: string): Set<string> {
  return new Set(readRecent(dataDir).map((r) => resolve(r.path)));
}
