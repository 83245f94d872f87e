import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findResourcesDir } from '../../paths';
import { parseCsv } from '../csv';
import { generateSample, SAMPLE_SIZES } from './generate';

describe('generateSample', () => {
  const files = generateSample();

  it('is deterministic: the same seed gives the same bytes', () => {
    expect(generateSample()).toEqual(files);
    expect(generateSample(8)).not.toEqual(files);
  });

  it('matches the committed files in resources/sample (run `npm run sample` after changing the generator)', () => {
    const dir = join(findResourcesDir(), 'sample');
    for (const f of files) {
      const committed = readFileSync(join(dir, f.name), 'utf8');
      // study.json is compared as data, so reformatting it (prettier) is no reason to fail.
      if (f.name.endsWith('.json')) expect(JSON.parse(committed), f.name).toEqual(JSON.parse(f.content));
      else expect(committed, f.name).toBe(f.content);
    }
  });

  it('writes small, LF-only files with one row per respondent', () => {
    const total = files.reduce((n, f) => n + Buffer.byteLength(f.content), 0);
    expect(total).toBeLessThan(1024 * 1024);
    for (const f of files) expect(f.content.includes('\r'), f.name).toBe(false);
    expect(files.map((f) => f.name)).toEqual(['study.json', 'responses-2025.csv', 'responses-2026.csv']);
    for (const [i, year] of [2025, 2026].entries()) {
      const records = parseCsv(files[i + 1]!.content);
      expect(records.length - 1).toBe(SAMPLE_SIZES[year]);
      expect(new Set(records.map((r) => r.length)).size).toBe(1);
    }
  });
});
