import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../services/import/test-helpers';
import { runCli } from './run';

async function cli(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

describe('touchpoint stats describe: the scale as the import takes it', () => {
  it('uses the declared scale, not the answers given, keeps 99 out, and says which it used', async () => {
    const f = join(tempDir(), 'd.csv');
    writeFileSync(f, 'Service (1-10);Q2\n2;4\n10;5\n7;9\n99;2\n');
    const r = await cli('stats', 'describe', f, '--columns', 'Service (1-10),Q2', '--json');
    expect(r.err).toBe('');
    const doc = JSON.parse(r.out) as {
      columns: { scale: { min: number; max: number }; scaleReason: string; n: number; index: number }[];
    };
    const [service, q2] = doc.columns;
    expect(service!.scale).toEqual({ min: 1, max: 10 });
    expect(service!.n).toBe(3);
    expect(service!.index).toBeCloseTo((((2 + 10 + 7) / 3 - 1) / 9) * 100, 9);
    expect(service!.scaleReason).toMatch(/header declares.*99 = don't know/);
    // No declaration: 1–5 with 9 as don't know, not 2–9.
    expect(q2!.scale).toEqual({ min: 1, max: 5 });
    expect(q2!.n).toBe(3);
    const text = await cli('stats', 'describe', f, '--columns', 'Q2', '--scale', '0-10');
    expect(text.out).toContain('scale of Q2: 0–10 (given with --scale)');
  });
});
