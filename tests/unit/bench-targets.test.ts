import { describe, expect, it } from 'vitest';
import { targetMet } from '../bench/common';

const row = (medianMs: number, target: string, baselineMs?: number) => ({
  name: 'x',
  medianMs,
  target,
  ...(baselineMs === undefined ? {} : { baselineMs }),
});

describe('bench targets', () => {
  it('judges absolute, ratio and difference targets', () => {
    expect(targetMet(row(99, '≤ 100 ms'))).toBe('yes');
    expect(targetMet(row(101, '≤ 100 ms'))).toBe('NO');
    expect(targetMet(row(1900, '≤ 2 s'))).toBe('yes');
    expect(targetMet(row(2100, '≤ 2 s'))).toBe('NO');
    expect(targetMet(row(300, '≤ 3 × baseline', 100))).toBe('yes');
    expect(targetMet(row(301, '≤ 3 × baseline', 100))).toBe('NO');
    expect(targetMet(row(1500, '≤ +1 s over baseline', 600))).toBe('yes');
    expect(targetMet(row(1700, '≤ +1 s over baseline', 600))).toBe('NO');
  });

  it('judges a peak memory target by the peak, not the time', () => {
    expect(targetMet({ name: 'x', medianMs: 9e9, peakMB: 1400, target: 'peak ≤ 1536 MB' })).toBe('yes');
    expect(targetMet({ name: 'x', medianMs: 1, peakMB: 1600, target: 'peak ≤ 1536 MB' })).toBe('NO');
    expect(targetMet({ name: 'x', medianMs: 1, target: 'peak ≤ 1536 MB' })).toBe('?');
  });

  it('cannot judge a ratio without its baseline', () => {
    expect(targetMet(row(300, '≤ 3 × baseline'))).toBe('?');
    expect(targetMet(row(300, 'fast'))).toBe('?');
    expect(targetMet({ name: 'x', medianMs: 1 })).toBe('–');
  });
});
