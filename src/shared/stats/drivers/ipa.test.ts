import { describe, expect, it } from 'vitest';
import { importancePerformanceMap, ipaCrosshair, type IpaPoint } from './ipa';

const points: IpaPoint[] = [
  { code: 'checkout', performance: 55, importance: 80, n: 200 },
  { code: 'staff', performance: 85, importance: 75, n: 180 },
  { code: 'parking', performance: 50, importance: 30, n: 150 },
  { code: 'music', performance: 90, importance: 20, n: 120 },
  { code: 'delivery', performance: 70, importance: 60, n: 90 },
];

describe('ipaCrosshair', () => {
  it('mean, median, midpoint and a fixed value', () => {
    expect(ipaCrosshair([1, 2, 9], 'mean')).toBe(4);
    expect(ipaCrosshair([1, 2, 9, 10], 'median')).toBe(5.5);
    expect(ipaCrosshair([1, 2, 9], 'midpoint', { min: 1, max: 5 })).toBe(3);
    expect(ipaCrosshair([1, 2, 9], { value: 70 })).toBe(70);
    expect(() => ipaCrosshair([], { value: 170 })).toThrow('ipaCrosshair: value 170 is outside 0..100');
  });
});

describe('importancePerformanceMap', () => {
  it('puts points in the Martilla & James quadrants around the mean crosshairs', () => {
    const map = importancePerformanceMap(points);
    expect(map.crosshair).toEqual({ performance: 70, importance: 53 });
    expect(Object.fromEntries(map.points.map((p) => [p.code, p.quadrant]))).toEqual({
      checkout: 'concentrate',
      staff: 'keepUp',
      parking: 'lowPriority',
      music: 'overkill',
      delivery: 'keepUp', // on both crosshairs: counts as high
    });
  });

  it('gap is importance minus performance in standardized units; priority by gap', () => {
    const map = importancePerformanceMap(points);
    const sd = (v: number[]): number => {
      const m = v.reduce((s, x) => s + x, 0) / v.length;
      return Math.sqrt(v.reduce((s, x) => s + (x - m) ** 2, 0) / (v.length - 1));
    };
    const sP = sd(points.map((p) => p.performance));
    const sI = sd(points.map((p) => p.importance));
    expect(map.unit.performance).toBeCloseTo(sP, 14);
    const checkout = map.points[0];
    expect(checkout.gap).toBeCloseTo((80 - 53) / sI - (55 - 70) / sP, 14);
    // sI = √720, sP = √312.5: gaps ≈ checkout 1.855, staff −0.029, parking 0.274, music −2.361,
    // delivery 0.261.
    expect(map.points.map((p) => p.priority)).toEqual([1, 4, 2, 5, 3]);
  });

  it('each axis takes its own crosshair rule and scale', () => {
    const shares = points.map((p) => ({ ...p, importance: p.importance / 265 }));
    const map = importancePerformanceMap(shares, {
      crosshair: { performance: { value: 75 }, importance: 'median' },
      importanceScale: { min: 0, max: 1 },
    });
    expect(map.crosshair.performance).toBe(75);
    expect(map.crosshair.importance).toBeCloseTo(60 / 265, 15);
    expect(map.points.find((p) => p.code === 'delivery')?.quadrant).toBe('concentrate');
  });

  it('diagonal variant: everything above the iso-priority line is concentrate', () => {
    const more = [...points, { code: 'wifi', performance: 20, importance: 45, n: 60 }];
    const crosshair = { performance: 'midpoint', importance: 'midpoint' } as const;
    const plain = importancePerformanceMap(more, { crosshair });
    const diag = importancePerformanceMap(more, { crosshair, diagonal: true });
    const quadrants = (m: typeof plain): Record<string, string> =>
      Object.fromEntries(m.points.map((p) => [p.code, p.quadrant]));
    expect(quadrants(plain)).toMatchObject({ checkout: 'keepUp', wifi: 'lowPriority', parking: 'overkill' });
    expect(quadrants(diag)).toMatchObject({
      checkout: 'concentrate',
      wifi: 'concentrate',
      parking: 'overkill',
    });
    diag.points.forEach((p, i) => {
      expect(p.gap).toBe(plain.points[i].gap);
      expect(p.quadrant).toBe(p.gap > 0 ? 'concentrate' : plain.points[i].quadrant);
    });
  });

  it('suppresses points with n below minN from the map and the crosshairs', () => {
    const map = importancePerformanceMap([
      ...points,
      { code: 'lounge', performance: 10, importance: 99, n: 4 },
    ]);
    expect(map.suppressed).toEqual([{ code: 'lounge', n: 4 }]);
    expect(map.points).toHaveLength(5);
    expect(map.crosshair).toEqual({ performance: 70, importance: 53 });
  });

  it('rejects bad input', () => {
    expect(() => importancePerformanceMap([points[0], points[0]])).toThrow(
      'importancePerformanceMap: duplicate code checkout',
    );
    expect(() => importancePerformanceMap([{ ...points[0], performance: 120 }])).toThrow(
      'importancePerformanceMap: checkout performance 120 is outside 0..100',
    );
    expect(() => importancePerformanceMap(points, { crosshair: { importance: { value: -3 } } })).toThrow(
      'importancePerformanceMap: value -3 is outside 0..100',
    );
  });
});
