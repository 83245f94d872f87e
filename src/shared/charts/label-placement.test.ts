import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../stats/rng';
import type { LabelBox } from './label-placement';
import { placeLabels, POINT_CLEARANCE } from './label-placement';

const overlap = (a: LabelBox, b: LabelBox) =>
  a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

/** 30 touchpoints crowded into the middle of a 760 × 460 plot, as a real map clusters around its means. */
function denseMap(seed: number) {
  const rnd = mulberry32(seed);
  const names = ['Transfers', 'Speed', 'Phone', 'Claims handling', 'Web self-service', 'Invoice', 'Branch'];
  return Array.from({ length: 30 }, (_, i) => {
    const text = `${names[i % names.length]} ${i + 1}`;
    return { x: 300 + rnd() * 180, y: 160 + rnd() * 140, w: text.length * 6.4 + 2, h: 14 };
  });
}

describe('map labels', () => {
  const area = { left: 40, top: 10, right: 800, bottom: 470 };
  const corners: LabelBox[] = [
    { x: 44, y: 14, w: 140, h: 16 },
    { x: 650, y: 14, w: 146, h: 16 },
    { x: 44, y: 450, w: 110, h: 16 },
    { x: 680, y: 450, w: 116, h: 16 },
  ];

  for (const seed of [1, 2, 3, 42]) {
    it(`no two label boxes overlap on a dense 30-point map (seed ${seed})`, () => {
      const points = denseMap(seed);
      const placed = placeLabels(points, area, corners);
      const boxes = placed.map((p) => p.box);
      expect(boxes.every((b) => b !== null)).toBe(true);
      const bs = boxes as LabelBox[];
      for (let i = 0; i < bs.length; i++) {
        for (let j = i + 1; j < bs.length; j++) expect(overlap(bs[i]!, bs[j]!), `${i} × ${j}`).toBe(false);
        // inside the plot, clear of every corner caption and every point marker
        const b = bs[i]!;
        expect(
          b.x >= area.left && b.x + b.w <= area.right && b.y >= area.top && b.y + b.h <= area.bottom,
        ).toBe(true);
        for (const c of corners) expect(overlap(b, c)).toBe(false);
        for (const p of points) {
          const m = {
            x: p.x - POINT_CLEARANCE,
            y: p.y - POINT_CLEARANCE,
            w: 2 * POINT_CLEARANCE,
            h: 2 * POINT_CLEARANCE,
          };
          expect(overlap(b, m)).toBe(false);
        }
      }
      // Labels pushed off their point say so with a leader line; most stay beside their point.
      expect(placed.filter((p) => !p.leader).length).toBeGreaterThanOrEqual(6);
    });
  }

  it('is deterministic and puts a lone label right of its point', () => {
    const points = denseMap(7);
    expect(placeLabels(points, area, corners)).toEqual(placeLabels(points, area, corners));
    const [one] = placeLabels([{ x: 400, y: 200, w: 50, h: 14 }], area);
    expect(one!.leader).toBe(false);
    expect(one!.box!.x).toBeGreaterThan(400);
    expect(one!.box!.y + 7).toBeCloseTo(200, 6);
  });

  it('drops a label only when the plot has no room left for it', () => {
    const tiny = { left: 0, top: 0, right: 60, bottom: 30 };
    const placed = placeLabels(
      [
        { x: 10, y: 10, w: 40, h: 14 },
        { x: 20, y: 20, w: 40, h: 14 },
        { x: 30, y: 15, w: 40, h: 14 },
      ],
      tiny,
    );
    const shown = placed.flatMap((p) => (p.box ? [p.box] : []));
    for (let i = 0; i < shown.length; i++)
      for (let j = i + 1; j < shown.length; j++) expect(overlap(shown[i]!, shown[j]!)).toBe(false);
    expect(placed.some((p) => p.box === null)).toBe(true);
  });
});
