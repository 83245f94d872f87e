import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectDecimal, parseNumber } from './number';

describe('parseNumber', () => {
  it.each([
    ['1234,56', ',', 1234.56],
    ['1234,56', '.', 1234.56], // never 123456, whatever the hint
    ['1 234,5', ',', 1234.5],
    ['1\u00a0234,5', ',', 1234.5],
    ['1.234,5', ',', 1234.5],
    ['1,234.5', '.', 1234.5],
    ['1,234', '.', 1234],
    ['1,234', ',', 1.234],
    ['1.234', ',', 1234],
    ['-3,5', ',', -3.5],
    ['\u22123,5', ',', -3.5],
    ['0,5', '.', 0.5],
    ['1e3', '.', 1000],
    ['7', ',', 7],
  ] as const)('%s (decimal %s) → %d', (s, d, want) => expect(parseNumber(s, d)).toBe(want));

  it.each(['', 'abc', '1,2,3,4', '1.2.3,4,5', '12a', '--1', '1 23', 'N/A'])('%s is not a number', (s) =>
    expect(parseNumber(s, ',')).toBeNull(),
  );

  it('reads back every number written the Scandinavian or English way', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 99 }), (int, cents) => {
        const abs = Math.abs(int);
        const grouped = abs.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
        const frac = String(cents).padStart(2, '0');
        const want = (int < 0 ? -1 : 1) * Number(`${abs}.${frac}`);
        expect(parseNumber(`${int < 0 ? '-' : ''}${grouped},${frac}`, ',')).toBe(want);
        expect(
          parseNumber(
            `${int < 0 ? '-' : ''}${abs.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${frac}`,
            '.',
          ),
        ).toBe(want);
      }),
    );
  });
});

describe('detectDecimal', () => {
  it('judges from unambiguous values and falls back to the hint', () => {
    expect(detectDecimal(['3,5', '12,25', '1,234'])).toBe(',');
    expect(detectDecimal(['3.5', '1,234'])).toBe('.');
    expect(detectDecimal(['1,234'], ',')).toBe(',');
  });
});
