import { describe, expect, it } from 'vitest';
import { ReleaseLog, symmetricDifference } from './releases';

describe('release log (differencing across results of one session)', () => {
  it('counts the symmetric difference of sorted id sets', () => {
    expect(symmetricDifference([1, 2, 3, 4], [2, 3, 5])).toBe(3);
    expect(symmetricDifference([], [1, 2])).toBe(2);
    expect(symmetricDifference([1, 2], [1, 2])).toBe(0);
  });

  it('refuses a set 1 … k−1 respondents away from a released one, in the same wave only', () => {
    const log = new ReleaseLog();
    const regionOne = [1, 2, 3, 4, 5, 6, 7, 8];
    log.record([{ waveYear: 2026, ids: regionOne }]);
    const withoutTwo = [1, 2, 3, 4, 5, 6]; // nested: the 2 left out would follow by subtraction
    expect(log.allows([{ waveYear: 2026, ids: withoutTwo }], 5)).toBe(false);
    expect(log.allows([{ waveYear: 2026, ids: regionOne }], 5)).toBe(true);
    expect(log.allows([{ waveYear: 2026, ids: [1, 2, 3, 9, 10, 11, 12, 13] }], 5)).toBe(true); // Δ = 10
    expect(log.allows([{ waveYear: 2026, ids: [1, 2, 3, 4, 5, 6, 7, 9] }], 5)).toBe(false); // Δ = 2
    expect(log.allows([{ waveYear: 2025, ids: withoutTwo }], 5)).toBe(true);
  });

  it('checks the sets of one result against each other too', () => {
    const log = new ReleaseLog();
    const a = { waveYear: 2026, ids: [1, 2, 3, 4, 5, 6, 7, 8] };
    const b = { waveYear: 2026, ids: [1, 2, 3, 4, 5, 6, 7] };
    expect(log.allows([a, b], 5)).toBe(false);
  });
});
