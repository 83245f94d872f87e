import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type * as PdfMake from 'pdfmake';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { describe, expect, it } from 'vitest';
import { pdfFontTable } from './fonts';
import { installSharedFonts, sharedFontFiles } from './pdf-shared-fonts';
import { installTaggedPages } from './pdf-tagged';

const resourcesDir = fileURLToPath(new URL('../../../../resources', import.meta.url));
const pdfmake = createRequire(import.meta.url)('pdfmake') as typeof PdfMake;
installTaggedPages();
installSharedFonts();

function textOf(bytes: Buffer): string {
  const file = join(mkdtempSync(join(tmpdir(), 'tp-shared-fonts-')), 'd.pdf');
  writeFileSync(file, bytes);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ').trim();
}

const doc = (lines: string[]): TDocumentDefinitions => ({
  content: lines.map((text, i) => ({ text, bold: i === 1, ...(i === 2 ? { font: 'NotoSansMath' } : {}) })),
  defaultStyle: { font: 'NotoSans' },
  info: { creationDate: new Date(Date.UTC(2026, 0, 1)) },
});

describe('report fonts shared between documents', () => {
  it('prints each document with its own glyphs, whatever the documents before it used', async () => {
    pdfmake.setFonts(pdfFontTable(resourcesDir));
    const a = ['Alpha æøå fine offices', 'Fet skrift', '→≤√'];
    const b = ['Zulu Ωμέγα ещё Ärger', 'Ŋoŋ Þórs straße', '≥−'];
    const first = await pdfmake.createPdf(doc(a)).getBuffer();
    const files = sharedFontFiles().map((f) => f.split(/[\\/]/).pop());
    expect(files).toEqual(
      expect.arrayContaining(['NotoSans-Regular.ttf', 'NotoSans-Bold.ttf', 'NotoSansMath-Regular.ttf']),
    );
    const second = await pdfmake.createPdf(doc(b)).getBuffer();
    const again = await pdfmake.createPdf(doc(a)).getBuffer();
    expect(textOf(first)).toBe(a.join(' '));
    // glyphs the first document never used are embedded in the second, and none of the first's extra
    expect(textOf(second)).toBe(b.join(' '));
    expect(second.length).toBeLessThan(first.length * 2);
    // the same document again gives the same file, byte for byte
    expect(again.equals(first)).toBe(true);
  });
});
