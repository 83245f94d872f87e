import { describe, expect, it } from 'vitest';
import { formatMargin, formatNumber, formatPercent, formatSigned, NO_VALUE } from './format';

describe('format', () => {
  it('uses a decimal comma in Norwegian and Danish and a point in English', () => {
    expect(formatNumber(3.456, 'en', 2)).toBe('3.46');
    expect(formatNumber(3.456, 'nb', 2)).toBe('3,46');
    expect(formatNumber(3.456, 'da', 2)).toBe('3,46');
  });

  it('groups thousands per locale', () => {
    expect(formatNumber(12345, 'en')).toBe('12,345');
    expect(formatNumber(12345, 'nb')).toBe('12\u00a0345');
    expect(formatNumber(12345, 'da')).toBe('12.345');
  });

  it('prints shares as percentages with the locale spacing', () => {
    expect(formatPercent(0.456, 'en')).toBe('46%');
    expect(formatPercent(0.456, 'nb')).toBe('46\u00a0%');
    expect(formatPercent(0.4567, 'da', 1)).toBe('45,7\u00a0%');
  });

  it('signs scores and margins', () => {
    expect(formatSigned(23, 'en')).toBe('+23');
    expect(formatSigned(0, 'en')).toBe('0');
    expect(formatSigned(-12.3, 'nb', 1)).toBe('\u221212,3'); // Norwegian uses the true minus sign
    expect(formatMargin(7.06, 'da')).toBe('±7,1');
  });

  it('prints a dash for missing numbers, never NaN', () => {
    expect(formatNumber(Number.NaN, 'en')).toBe(NO_VALUE);
    expect(formatPercent(Number.POSITIVE_INFINITY, 'nb')).toBe(NO_VALUE);
    expect(formatSigned(Number.NaN, 'da')).toBe(NO_VALUE);
  });
});
