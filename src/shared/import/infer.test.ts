import { describe, expect, it } from 'vitest';
import { inferColumn } from './infer';
import { inferQuestion } from './infer/question';

// Excel's largest sheet less its header row: a valid file, so its columns must be read, not crash.
const ROWS = 1_048_575;

describe('inferColumn over the largest sheet', () => {
  it('infers a column of a million distinct numbers without overflowing the stack', () => {
    const values = Array.from({ length: ROWS }, (_, i) => String(i + 1));
    const c = inferColumn(values, { decimal: '.' });
    expect(c.nonEmpty).toBe(ROWS);
    expect(c.distinct).toBe(ROWS);
  });

  it('infers a column of a million distinct texts without overflowing the stack', () => {
    const values = Array.from({ length: ROWS }, (_, i) => `answer ${i}`);
    expect(inferColumn(values, { decimal: '.' }).type).toBe('text');
  });

  it('reads small integer answers as numbers; the rating and its scale are inferQuestion’s', () => {
    expect(inferColumn(['1', '5', '3', '4'], { decimal: '.' }).type).toBe('number');
    const q = inferQuestion('q1', ['1', '5', '3', '4'], { decimal: '.', language: 'en' });
    expect(q).toMatchObject({ type: 'rating', scale: { kind: 'range', min: 1, max: 5 } });
  });

  it('infers a question from 300,000 distinct whole numbers (an id) without overflowing the stack', () => {
    const values = Array.from({ length: 300_000 }, (_, i) => String(i + 1));
    const q = inferQuestion('Respondent', values, { decimal: '.', language: 'en' });
    expect(q).toMatchObject({ type: 'number', scale: { kind: 'none' } });
  });
});
