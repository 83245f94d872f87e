import { describe, expect, it } from 'vitest';
import { multiEntryZip } from './damaged-fixtures';
import { checkZip, LIMITS } from './guard';
import { readImportFile } from './read-file';

const MB = 1024 * 1024;

describe('the zip guard counts all entries together', () => {
  it('refuses many entries each just under the per-entry threshold (60 × 49 MB in ~3 MB)', () => {
    const bomb = multiEntryZip(60, 49 * MB);
    expect(bomb.length).toBeLessThan(4 * MB);
    expect(() => checkZip('many.xlsx', bomb)).toThrow(/^many\.xlsx is refused: it expands/);
  });

  it('refuses a zip whose entries together expand far beyond the file, even under the total cap', () => {
    const bomb = multiEntryZip(8, 20 * MB);
    expect(() => checkZip('ratio.xlsx', bomb)).toThrow(/zip bomb/);
  });

  it('caps what is actually inflated over all entries, whatever the headers claim', () => {
    const cap = LIMITS.maxUnzippedBytes;
    LIMITS.maxUnzippedBytes = 20 * MB;
    try {
      // Headers claim 1 KB an entry; each really holds 8 MB.
      const liar = multiEntryZip(4, 8 * MB, 1024);
      expect(() => checkZip('liar.xlsx', liar)).not.toThrow();
      expect(() => readImportFile('liar.xlsx', liar)).toThrow(/^liar\.xlsx is refused: it expands beyond/);
    } finally {
      LIMITS.maxUnzippedBytes = cap;
    }
  });
});
