import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { syntheticDrivers } from '../../shared/stats/drivers/testData';
import { cli } from './test-cli';

/** A CSV of 300 respondents with an outcome y and 30 drivers d1…d30. */
function csv30(): string {
  const d = syntheticDrivers(300, 30, 30);
  const codes = d.drivers.map((_, j) => `d${j + 1}`);
  const lines = [['y', ...codes].join(',')];
  for (let i = 0; i < 300; i++) lines.push([d.outcome[i], ...d.drivers.map((x) => x[i])].join(','));
  const f = join(mkdtempSync(join(tmpdir(), 'tp-cli-drv-')), 'thirty.csv');
  writeFileSync(f, lines.join('\n'));
  return f;
}

type Doc = {
  r2: number;
  drivers: { shapley: number; shapleySe?: number }[];
  shapleyMethod: { method: string; permutations?: number; seed?: number; groups?: unknown[] };
};

describe('touchpoint stats drivers with 30 drivers', () => {
  const file = csv30();
  const codes = Array.from({ length: 30 }, (_, j) => `d${j + 1}`).join(',');

  it('samples the Shapley values with the seed and a standard error per driver', async () => {
    const r = await cli(
      'stats',
      'drivers',
      file,
      '--outcome',
      'y',
      '--drivers',
      codes,
      '--seed',
      '9',
      '--json',
    );
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as Doc;
    expect(doc.shapleyMethod).toEqual({ method: 'shapley-sampled', permutations: 2000, seed: 9 });
    expect(doc.drivers).toHaveLength(30);
    expect(doc.drivers.every((d) => d.shapleySe! > 0)).toBe(true);
    expect(doc.drivers.reduce((s, d) => s + d.shapley, 0)).toBeCloseTo(doc.r2, 10);
    const text = await cli('stats', 'drivers', file, '--outcome', 'y', '--drivers', codes);
    expect(text.stdout).toContain('decomposition: shapley-sampled (2000 permutations, seed 1;');
  });

  it('gives exact Owen values over --groups, the drivers left out forming one more group', async () => {
    const groups =
      'A:d1,d2,d3,d4,d5,d6;B:d7,d8,d9,d10,d11,d12;C:d13,d14,d15,d16,d17;D:d18,d19,d20,d21,d22,d23';
    const r = await cli(
      'stats',
      'drivers',
      file,
      '--outcome',
      'y',
      '--drivers',
      codes,
      '--groups',
      groups,
      '--json',
    );
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as Doc;
    expect(doc.shapleyMethod.method).toBe('owen-stages');
    expect(doc.shapleyMethod.groups).toHaveLength(5);
    expect(doc.drivers.every((d) => d.shapleySe === undefined)).toBe(true);
    expect(doc.drivers.reduce((s, d) => s + d.shapley, 0)).toBeCloseTo(doc.r2, 10);
    const bad = await cli(
      'stats',
      'drivers',
      file,
      '--outcome',
      'y',
      '--drivers',
      codes,
      '--groups',
      'A:nope',
    );
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toMatch(/a group names nope, which is not a driver/);
  });
});
