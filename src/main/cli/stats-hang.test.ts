import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { odsWithRepeat } from '../services/import/damaged-fixtures';
import { tempDir } from '../services/import/test-helpers';
import { runCli } from './run';

afterEach(() => {
  delete process.env['TOUCHPOINT_READ_DEADLINE_MS'];
});

describe('touchpoint stats on a data file reads it in the read worker under the watchdog', () => {
  it('stops a file that makes the reader loop at the deadline, with one line', async () => {
    const f = join(tempDir(), 'hang.ods');
    writeFileSync(f, odsWithRepeat('table:number-rows-repeated', 2_000_000_000));
    process.env['TOUCHPOINT_READ_DEADLINE_MS'] = '2000';
    let out = '';
    let err = '';
    const t = Date.now();
    const code = await runCli(['stats', 'describe', f, '--columns', 'q1'], {
      out: (s) => (out += s),
      err: (s) => (err += s),
    });
    // 2 s of the reader's CPU time; on a loaded machine the wall-clock backstop (4×) is the bound.
    expect(Date.now() - t).toBeLessThan(9000);
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toBe('touchpoint stats: hang.ods: damaged or too complex: stopped after 2 s');
  }, 15_000);

  it('still reads a sane file the same way', async () => {
    const f = join(tempDir(), 'ok.csv');
    writeFileSync(f, 'q1;q2\n4;5\n3;2\n5;5\n');
    let out = '';
    const code = await runCli(['stats', 'describe', f, '--columns', 'q1', '--json'], {
      out: (s) => (out += s),
      err: () => {},
    });
    expect(code).toBe(0);
    expect((JSON.parse(out) as { columns: { n: number }[] }).columns[0]!.n).toBe(3);
  });
});
