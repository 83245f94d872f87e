import { copyFileSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureAnalyses } from '../../../../tests/fixtures/studies/v4-analyses';
import { openStudyDb } from './db';
import { SCHEMA_VERSION } from './migrations/index';
import { testDispatch } from '../test-dispatch';

const fixture = new URL('../../../../tests/fixtures/studies/v4.tpstudy', import.meta.url);
const expected = JSON.parse(
  readFileSync(new URL('../../../../tests/fixtures/studies/v4.expected.json', import.meta.url), 'utf8'),
) as Record<string, unknown>;

describe('upgrading a study file of format 4 to the columnar answers', () => {
  it('keeps a copy, logs the numbered steps, and drops the one-row-per-answer table', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tp-v4-'));
    const path = join(dir, 'v4.tpstudy');
    copyFileSync(fixture, path);
    const lines: string[] = [];
    const db = openStudyDb(path, (m) => lines.push(m));
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(db.prepare("SELECT name FROM sqlite_schema WHERE name = 'answer'").get()).toBeUndefined();
    const blocks = db.prepare('SELECT wave_id, count FROM respondent_block ORDER BY id').all();
    db.close();
    expect(readFileSync(`${path}.bak-v4`).equals(readFileSync(fixture))).toBe(true);
    expect(lines).toContain('migrating v4.tpstudy: file format 4 → 5');
    expect(lines.filter((l) => /step [1-4]\/4/.test(l))).toHaveLength(4);
    expect(lines.find((l) => l.includes('step 3/4'))).toMatch(
      /^ {2}step 3\/4: \d+ answers copied into \d+ question columns$/,
    );
    // The sample's two files and the third wave's file: one block each (respondents of one wave and file).
    expect(blocks).toEqual([
      { wave_id: 1, count: 420 },
      { wave_id: 2, count: 460 },
      { wave_id: 3, count: 80 },
    ]);
    expect(existsSync(path)).toBe(true);
  });

  it('shows exactly what format 4 showed: every analysis, frequency and the undo of a removed question', async () => {
    const { dir, sessions, dispatch: d } = testDispatch('tp-v4a-');
    const path = join(dir, 'v4.tpstudy');
    copyFileSync(fixture, path);
    // Compared as the JSON the CLI and the app's transport carry (NaN reads as null there).
    const got = JSON.parse(
      JSON.stringify(await fixtureAnalyses((n, i) => d(n as never, i as never), path)),
    ) as Record<string, unknown>;
    sessions.closeAll();
    // createdAt is the study's own; the fileName is the copy's: both as in the fixture.
    expect(Object.keys(got)).toEqual(Object.keys(expected));
    for (const key of Object.keys(expected)) {
      // The dashboard is summed from per-value counts (the live filter's fast path) and the key
      // drivers' correlations in one blocked pass: the same figures to the last few bits of a double,
      // so every number is compared to 1e-10 relative (counts and codes stay exact).
      expect({ key, value: closeDeep(got[key], expected[key]) }).toEqual({ key, value: expected[key] });
    }
  });
});

/**
 * `got` with each number replaced by the expected one when within 1e-10 relative (else kept, so the
 * diff shows it), and without fields the expected output does not have.
 */
function closeDeep(got: unknown, want: unknown): unknown {
  if (typeof got === 'number' && typeof want === 'number')
    return Math.abs(got - want) <= 1e-10 * Math.max(1, Math.abs(want)) ? want : got;
  if (Array.isArray(got) && Array.isArray(want)) return got.map((g, i) => closeDeep(g, want[i]));
  if (got && want && typeof got === 'object' && typeof want === 'object')
    return Object.fromEntries(
      Object.entries(got)
        // A figure added since (the dashboard's loyalty, say) is not part of what format 4 showed.
        .filter(([k]) => Object.prototype.hasOwnProperty.call(want, k))
        .map(([k, x]) => [k, closeDeep(x, (want as Record<string, unknown>)[k])]),
    );
  return got;
}
