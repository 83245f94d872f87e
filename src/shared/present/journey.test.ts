import { describe, expect, it } from 'vitest';
import type { JourneyItem } from './journey';
import { evenSplit, splitJourney } from './journey';

const items = (stage: string | null, n: number, label = 'Short'): JourneyItem[] =>
  Array.from({ length: n }, (_, i) => ({ code: `${stage ?? 'X'}${i + 1}`, stage, label }));

describe('splitJourney: one slide per stage, long stages split evenly', () => {
  it('gives each stage its own slide when it fits', () => {
    const parts = splitJourney([...items('Buy', 3), ...items('Use', 5)], 10);
    expect(parts).toEqual([
      { stage: 'Buy', part: 1, parts: 1, codes: ['Buy1', 'Buy2', 'Buy3'] },
      { stage: 'Use', part: 1, parts: 1, codes: ['Use1', 'Use2', 'Use3', 'Use4', 'Use5'] },
    ]);
  });

  it('splits a stage of 14 by 10 into 7 + 7, in journey order', () => {
    const parts = splitJourney(items('Service', 14), 10);
    expect(parts.map((p) => p.codes.length)).toEqual([7, 7]);
    expect(parts.map((p) => [p.part, p.parts])).toEqual([
      [1, 2],
      [2, 2],
    ]);
    expect(parts.flatMap((p) => p.codes)).toEqual(items('Service', 14).map((x) => x.code));
  });

  it('splits 32 touchpoints of one stage by 10 into 4 slides of 8', () => {
    expect(splitJourney(items('All', 32), 10).map((p) => p.codes.length)).toEqual([8, 8, 8, 8]);
  });

  it('counts a long (wrapping) label as two rows', () => {
    const long = 'A touchpoint whose name is far too long for one line of the chart';
    const parts = splitJourney(items('S', 6, long), 10, 40);
    expect(parts.length).toBe(2);
    for (const p of parts) expect(p.codes.length * 2).toBeLessThanOrEqual(10);
  });

  it('never puts more rows on a slide than allowed, with long and short labels mixed', () => {
    const long = 'x'.repeat(60);
    const mixed = [...items('S', 3, long), ...items('S', 9), ...items('S', 4, long)].map((x, i) => ({
      ...x,
      code: `Q${i}`,
    }));
    const parts = splitJourney(mixed, 8, 40);
    const rows = (code: string) => (mixed.find((x) => x.code === code)!.label.length > 40 ? 2 : 1);
    for (const p of parts) expect(p.codes.reduce((s, c) => s + rows(c), 0)).toBeLessThanOrEqual(8);
    expect(parts.flatMap((p) => p.codes)).toEqual(mixed.map((x) => x.code));
  });

  it('keeps touchpoints without a stage together, and a stage that returns later as its own slide', () => {
    const parts = splitJourney([...items(null, 2), ...items('Buy', 2), ...items(null, 1)], 10);
    expect(parts.map((p) => p.stage)).toEqual([null, 'Buy', null]);
  });

  it('returns no slides for no touchpoints and refuses a slide of no rows', () => {
    expect(splitJourney([], 10)).toEqual([]);
    expect(() => splitJourney(items('S', 2), 0)).toThrow();
  });
});

describe('evenSplit', () => {
  it('cuts 20 by 16 into 10 + 10 and keeps a short list whole', () => {
    expect(
      evenSplit(
        Array.from({ length: 20 }, (_, i) => i),
        16,
      ).map((c) => c.length),
    ).toEqual([10, 10]);
    expect(evenSplit([1, 2, 3], 16)).toEqual([[1, 2, 3]]);
    expect(evenSplit([], 16)).toEqual([]);
  });
});
