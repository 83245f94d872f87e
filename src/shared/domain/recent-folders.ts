import type { RecentStudy } from './study';

/** The folders of a path, outermost first ("C:\\a\\b\\s.tpstudy" and "/a/b/s.tpstudy" → ["a", "b"]). */
function folders(path: string): string[] {
  const parts = path.split(/[\\/]+/).filter((p) => p !== '');
  return parts.slice(0, -1);
}

/**
 * For each recent study whose name (client — title) another entry shares, the shortest end of its
 * folder path that tells the namesakes apart ("Clients/2025" against "Clients/2026"); null for a
 * name that is unique, which needs no folder.
 */
export function distinguishingFolders(
  recent: readonly Pick<RecentStudy, 'path' | 'client' | 'title'>[],
): (string | null)[] {
  const name = (r: (typeof recent)[number]) => `${r.client}\u0000${r.title}`;
  return recent.map((r) => {
    const namesakes = recent.filter((o) => o !== r && name(o) === name(r));
    if (namesakes.length === 0) return null;
    const own = folders(r.path);
    for (let depth = 1; depth <= own.length; depth++) {
      const tail = own.slice(-depth).join('/');
      if (namesakes.every((o) => folders(o.path).slice(-depth).join('/') !== tail)) return tail;
    }
    // Same folders (the file names differ): the file name itself tells them apart.
    return (
      r.path
        .split(/[\\/]+/)
        .filter((p) => p !== '')
        .join('/') || r.path
    );
  });
}
