import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { makeTestStudy } from '../services/analysis/test-study';
import { textRuns, zipParts } from '../services/report/pptx/office-test-utils';
import { cli } from './test-cli';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tp-cli-per-unit-'));
  process.env.TOUCHPOINT_DATA_DIR = join(dir, 'data');
});

describe('touchpoint report --per', () => {
  it('writes one PDF per branch and says on stderr which branches got none and why', async () => {
    const { path, db } = makeTestStudy(dir, 60);
    db.close();
    const out = join(dir, 'units');
    const r = await cli('report', path, '--per', 'BRANCH', '--out-dir', out, '--wave', '2026');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`wrote 4 reports to ${out}`);
    const lines = r.stderr.split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe('skipped B6 (Option B6): fewer than 5 respondents');
    expect(lines[1]).toMatch(/^skipped B\d \(Option B\d\): withheld: .*whole minus the reported units$/);
    const files = readdirSync(out);
    expect(files).toHaveLength(4);
    expect(files.some((f) => f.includes('B6'))).toBe(false);
    for (const f of files) expect(readFileSync(join(out, f)).subarray(0, 5).toString()).toBe('%PDF-');
  }, 60_000);

  it('writes one PowerPoint deck per branch with --format pptx, native charts, the unit named', async () => {
    const { path, db } = makeTestStudy(dir, 60);
    db.close();
    const out = join(dir, 'decks');
    const r = await cli('report', path, '--per', 'BRANCH', '--out-dir', out, '--format', 'pptx', '--json');
    expect(r.code).toBe(0);
    const { files, skipped } = JSON.parse(r.stdout) as {
      files: { unit: string; file: string }[];
      skipped: unknown[];
    };
    expect(files).toHaveLength(4);
    expect(skipped).toHaveLength(2);
    const first = files[0]!;
    expect(first.file).toMatch(new RegExp(`BRANCH-${first.unit}-Option-${first.unit}\\.pptx$`));
    const parts = zipParts(readFileSync(first.file));
    expect([...parts.keys()].some((p) => /^ppt\/charts\/chart\d+\.xml$/.test(p))).toBe(true);
    const text = [...parts.entries()]
      .filter(([p]) => /^ppt\/slides\/slide\d+\.xml$/.test(p))
      .flatMap(([, x]) => textRuns(x))
      .join('\n');
    expect(text).toContain(`Branch: Option ${first.unit}`);
    for (const f of files) expect(readFileSync(f.file).subarray(0, 2).toString()).toBe('PK');
  }, 60_000);

  it('refuses an unknown format and a missing folder as usage errors, writing nothing', async () => {
    const { path, db } = makeTestStudy(dir, 30);
    db.close();
    const out = join(dir, 'none');
    expect((await cli('report', path, '--per', 'BRANCH', '--out-dir', out, '--format', 'docx')).code).toBe(2);
    expect((await cli('report', path, '--per', 'BRANCH')).code).toBe(2);
    const bad = await cli('report', path, '--per', 'SAT', '--out-dir', out);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toContain('not a single-choice background variable');
    expect(existsSync(out)).toBe(false);
  });
});
