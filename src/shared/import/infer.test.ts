import { describe, expect, it } from 'vitest';
import { inferColumn } from './infer';

// Excel's largest sheet less its header row: a valid file, so its columns must be read, not crash.
const ROWS = 1_048_575;

describe('inferColumn over the largest sheet', () => {
  it('infers a column of a million distinct numbers without overflowing the stack', () => {
    const values = Array.from({ length: ROWS }, (_, i) => String(i + 1));
    const c = inferColumn('id', values, { decimal: '.' });
    expect(c.nonEmpty).toBe(ROWS);
    expect(c.distinct).toBe(ROWS);
  });

  it('infers a column of a million distinct texts without overflowing the stack', () => {
    const values = Array.from({ length: ROWS }, (_, i) => `answer ${i}`);
    expect(inferColumn('comment', values, { decimal: '.' }).type).toBe('text');
  });

  it('still finds the scale of small integer answers', () => {
    const c = inferColumn('q1', ['1', '5', '3', '4'], { decimal: '.' });
    expect(c.type).not.toBe('text');
  });
});
