import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { TrendResult, TrendValue } from '../../shared/analysis/trend';
import { makeTestStudy } from '../services/analysis/test-study';
import { makeTrendStudy } from '../services/analysis/test-study-trend';
import { cli } from './test-cli';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tp-cli-trend-'));
  process.env.TOUCHPOINT_DATA_DIR = join(dir, 'data');
});

function trendStudy(): string {
  const { path, db } = makeTrendStudy(dir);
  db.close();
  return path;
}

describe('touchpoint analyze --trend', () => {
  it('--json prints every wave, every KPI and touchpoint per wave with the tests against the previous and the first wave', async () => {
    const r = await cli('analyze', trendStudy(), '--trend', '--json');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as { waveYear: number; result: TrendResult };
    expect(doc.waveYear).toBe(2027);
    const t = doc.result;
    expect(t.waves.map((w) => [w.year, 'n' in w ? w.n : null])).toEqual([
      [2025, 240],
      [2026, 240],
      [2027, 240],
    ]);
    expect(t.kpis.map((k) => k.key)).toEqual(['satisfaction', 'nps', 'loyalty']);
    expect(t.touchpoints).toHaveLength(4);
    for (const s of [...t.kpis, ...t.touchpoints]) {
      expect(s.waves.map((w) => w.year)).toEqual([2025, 2026, 2027]);
      const [first, second, third] = s.waves as TrendValue[];
      expect(first!.vsPrevious).toBeNull();
      expect(first!.vsFirst).toBeNull();
      expect(second!.vsPrevious!.year).toBe(2025);
      expect(third!.vsPrevious!.year).toBe(2026);
      expect(third!.vsFirst!.year).toBe(2025);
      expect(third!.vsFirst!.test).toBe(s.unit === 'nps' ? 'NPS difference z' : 'Welch t');
      expect(third!.vsFirst!.q).toBeGreaterThanOrEqual(third!.vsFirst!.p);
    }
    expect(t.touchpoints.find((s) => s.code === 'TP1_PERF')!.wordingChanges).toEqual([2027]);
  });

  it('prints the trend as text, with the tests named and the wording change marked', async () => {
    const path = trendStudy();
    const r = await cli('analyze', path, '--trend', '--wave', '2026');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Trend up to 2026');
    expect(r.stdout).toContain('Waves: 2025 (n=240), 2026 (n=240)');
    expect(r.stdout).toContain('Welch t for indices, NPS difference z for NPS');
    expect(r.stdout).not.toContain('2027');
    const t = await cli('analyze', path, '--trend');
    expect(t.stdout).toMatch(/Web \[TP1_PERF, index 0–100\]\s+\(† wording changed in 2027\)/);
  });

  it('a study with one wave has a trend of one point and no test; --by with --trend is a usage error', async () => {
    const one = mkdtempSync(join(dir, 'one-'));
    const { path, db } = makeTestStudy(one, 60);
    // the 2026 wave emptied as the answers store empties it: its blocks and its respondents
    for (const table of ['respondent_block', 'respondent'])
      db.prepare(`DELETE FROM ${table} WHERE wave_id = (SELECT id FROM wave WHERE year = 2026)`).run();
    db.close();
    const r = await cli('analyze', path, '--trend', '--json');
    expect(r.code).toBe(0);
    const t = (JSON.parse(r.stdout) as { result: TrendResult }).result;
    expect(t.waves.map((w) => w.year)).toEqual([2025]);
    expect((t.kpis[0]!.waves[0] as TrendValue).vsPrevious).toBeNull();
    const bad = await cli('analyze', path, '--trend', '--by', 'BRANCH');
    expect(bad.code).toBe(2);
  });

  it('--help documents the JSON shape', async () => {
    const r = await cli('analyze', '--help');
    expect(r.stdout).toContain('--trend');
    expect(r.stdout).toContain(
      'vsPrevious: {year, diff, test, statistic, df, p, q, significant, wordingChanged}',
    );
  });
});
