import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { zipParts } from '../services/report/pptx/office-test-utils';
import { cli } from './test-cli';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tp-cli-export-'));
  process.env.TOUCHPOINT_DATA_DIR = join(dir, 'data');
});

describe('touchpoint export', () => {
  it('writes the deck and the tables of the sample study in Danish, for the wave asked', async () => {
    const study = join(dir, 's.tpstudy');
    expect((await cli('demo', study)).code).toBe(0);
    const deck = join(dir, 'deck.pptx');
    const r = await cli('export', 'pptx', study, '--out', deck, '--wave', '2026', '--lang', 'da');
    // The sample's texts are in nb and en: the Danish deck falls back, and says so first.
    expect(r.stderr).toMatch(/^touchpoint export: warning: \d+ of \d+ study texts are missing in Danish/);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^wrote .*deck\.pptx \(\d+ slides\)$/);
    const parts = zipParts(readFileSync(deck));
    expect([...parts.keys()].some((p) => /^ppt\/charts\/chart\d+\.xml$/.test(p))).toBe(true);
    expect(parts.get('ppt/slides/slide2.xml')).toContain('lang="da-DK"');

    const tables = join(dir, 't.xlsx');
    const x = await cli('export', 'xlsx', study, '--out', tables, '--lang', 'da', '--wave', '2025', '--json');
    expect(x.code).toBe(0);
    expect(JSON.parse(x.stdout)).toMatchObject({
      file: tables,
      sheets: expect.arrayContaining(['Kontaktpunkter pr. måling']),
    });
    const wb = XLSX.read(readFileSync(tables), { type: 'buffer' });
    // Wave 2025 is the first: no change sheet, and the title names the wave.
    expect(wb.SheetNames).not.toContain('Ændring');
    expect(String(wb.Sheets[wb.SheetNames[0]!]!['A1']!.v)).toContain('pr. måling');
  });

  it('writes every chart of the report as a PNG at twice its size', async () => {
    const study = join(dir, 's.tpstudy');
    expect((await cli('demo', study)).code).toBe(0);
    const out = join(dir, 'charts');
    const r = await cli('export', 'charts', study, '--out', out, '--lang', 'nb', '--json');
    expect(r.code).toBe(0);
    const { files } = JSON.parse(r.stdout) as { files: string[] };
    expect(files.map((f) => f.split('/').pop())).toEqual(
      expect.arrayContaining(['01-nps.png', '02-touchpoints.png']),
    );
    expect(files.some((f) => f.endsWith('-map.png'))).toBe(true);
    for (const f of files) {
      const png = readFileSync(f);
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
      // The report's charts are 660 CSS pixels wide: 1320 pixels at 2×.
      expect(png.readUInt32BE(16)).toBe(1320);
    }
  });

  it('refuses an unknown kind and a missing --out with the usage line', async () => {
    const bad = await cli('export', 'docx', join(dir, 's.tpstudy'), '--out', join(dir, 'x'));
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('pptx, xlsx or charts');
    const noOut = await cli('export', 'pptx', join(dir, 's.tpstudy'));
    expect(noOut.code).toBe(2);
    expect(noOut.stderr).toContain('--out is required');
  });
});
