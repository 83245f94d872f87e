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
});
