import { describe, expect, it } from 'vitest';
import { distinguishingFolders } from './recent-folders';

describe('recent studies that share a name', () => {
  it('show the shortest end of their folder that tells them apart', () => {
    const r = (path: string, title = 'CX 2026') => ({ path, client: 'Nordlys', title });
    expect(
      distinguishingFolders([
        r('/home/kari/Clients/2025/study.tpstudy'),
        r('/home/kari/Clients/2026/study.tpstudy'),
        r('/home/kari/Other/study.tpstudy', 'Other'),
        r('C:\\Users\\kari\\Backup\\2026\\study.tpstudy'),
      ]),
    ).toEqual(['2025', 'Clients/2026', null, 'Backup/2026']);
  });

  it('fall back to the whole path when only the file name differs', () => {
    const r = (path: string) => ({ path, client: 'A', title: 'B' });
    expect(distinguishingFolders([r('/x/a.tpstudy'), r('/x/b.tpstudy')])).toEqual([
      'x/a.tpstudy',
      'x/b.tpstudy',
    ]);
  });
});
