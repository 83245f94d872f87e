import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { makeTestStudy } from '../services/analysis/test-study';
import { cli } from './test-cli';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tp-cli-report-'));
  process.env.TOUCHPOINT_DATA_DIR = join(dir, 'data');
});

describe('touchpoint report --lang', () => {
  it('warns on one stderr line when the study has no texts in the report language', async () => {
    const { path, db } = makeTestStudy(dir, 60);
    db.close();
    const out = join(dir, 'da.pdf');
    const r = await cli('report', path, '--out', out, '--lang', 'da');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr.split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(
      /^touchpoint report: warning: \d+ of \d+ study texts are missing in Danish; the report prints them in English\.$/,
    );
    expect(existsSync(out)).toBe(true);
    const en = await cli('report', path, '--out', join(dir, 'en.pdf'), '--lang', 'en');
    expect(en.code).toBe(0);
    expect(en.stderr).toBe('');
  }, 60_000);

  it('warns before the deck, the tables or the charts are made, so even a failed export has said it', async () => {
    const { path, db } = makeTestStudy(dir, 60);
    db.close();
    const warning =
      /^touchpoint export: warning: \d+ of \d+ study texts are missing in Danish; the report prints them in English\.$/m;
    const deck = await cli('export', 'pptx', path, '--out', join(dir, 'd.pptx'), '--lang', 'da');
    expect(deck.code, deck.stderr).toBe(0);
    expect(deck.stderr).toMatch(warning);
    const tables = await cli('export', 'xlsx', path, '--out', join(dir, 't.xlsx'), '--lang', 'da');
    expect(tables.stderr).toMatch(warning);
    // A wave the study does not have: the export fails, the warning came first all the same.
    const failed = await cli(
      'export',
      'xlsx',
      path,
      '--out',
      join(dir, 'x.xlsx'),
      '--lang',
      'da',
      '--wave',
      '1990',
    );
    expect(failed.code).not.toBe(0);
    expect(failed.stderr).toMatch(warning);
    expect(existsSync(join(dir, 'x.xlsx'))).toBe(false);
    const en = await cli('export', 'xlsx', path, '--out', join(dir, 'en.xlsx'), '--lang', 'en');
    expect(en.stderr).toBe('');
  }, 60_000);
});
