import { describe, expect, it } from 'vitest';
import type { PlsModel } from '../api/pls';
import { IPMA_CORNERS, ipmaMapChart, ipmaMeans, ipmaQuadrant } from './ipma-map';

const ipma = [
  { construct: 'Quality', importance: 0.42, performance: 71.5 },
  { construct: 'Value', importance: 0.31, performance: 58.2 },
  { construct: 'Image', importance: 0.12, performance: 77.0 },
  { construct: 'Expectations', importance: 0.05, performance: 63.4 },
];
const model: PlsModel = {
  constructs: {
    Quality: {
      items: ['q1'],
      labels: { en: 'Service quality', nb: 'Tjenestekvalitet', da: 'Servicekvalitet' },
    },
    Value: { items: ['q2'], labels: { en: 'Value for money', nb: 'Verdi for pengene' } },
    Image: { items: ['q3'] },
    Expectations: { items: ['q4'] },
    Satisfaction: { items: ['q5'] },
  },
  paths: [],
  target: 'Satisfaction',
};

describe('ipmaMapChart', () => {
  it('is plain JSON, so the screen, the PDF and the PPTX draw the same spec', () => {
    const spec = ipmaMapChart(ipma, 'nb', { model });
    expect(JSON.parse(JSON.stringify(spec))).toEqual(spec);
  });

  it('puts each driver at (importance, performance), every driver exactly once', () => {
    const spec = ipmaMapChart(ipma, 'en', { model });
    const points = spec.data.datasets.slice(0, 4).flatMap((d) => d.data);
    expect(points).toHaveLength(4);
    for (const p of ipma) expect(points).toContainEqual({ x: p.importance, y: p.performance });
    expect(spec.options!.scales!.x!.min).toBeGreaterThanOrEqual(0); // no negative importance, no negative axis
    // axes show every point
    const { x, y } = spec.options!.scales!;
    for (const p of ipma) {
      expect(p.importance).toBeGreaterThanOrEqual(x!.min as number);
      expect(p.importance).toBeLessThanOrEqual(x!.max as number);
      expect(p.performance).toBeGreaterThanOrEqual(y!.min as number);
      expect(p.performance).toBeLessThanOrEqual(y!.max as number);
    }
  });

  it('draws the quadrant lines at the drivers’ mean importance and mean performance', () => {
    expect(ipmaMeans(ipma).importance).toBeCloseTo(0.225, 12);
    expect(ipmaMeans(ipma).performance).toBeCloseTo(67.525, 12);
    const spec = ipmaMapChart(ipma, 'en');
    const [vertical, horizontal] = spec.data.datasets.slice(4);
    expect(vertical!.data.every((p) => Math.abs(p.x - 0.225) < 1e-12)).toBe(true);
    expect(horizontal!.data.every((p) => Math.abs(p.y - 67.525) < 1e-12)).toBe(true);
  });

  it('sorts drivers into the IPMA quadrants: important and weak at the bottom right', () => {
    const mean = ipmaMeans(ipma);
    expect(ipma.map((p) => ipmaQuadrant(p, mean))).toEqual([
      'keepUp',
      'concentrate',
      'overkill',
      'lowPriority',
    ]);
    const spec = ipmaMapChart(ipma, 'en', { model });
    const names = spec.options!.plugins!.scatterLabels!.labels!;
    expect(names[IPMA_CORNERS.indexOf('concentrate')]).toEqual(['Value for money']);
    expect(names[IPMA_CORNERS.indexOf('keepUp')]).toEqual(['Service quality']);
    expect(IPMA_CORNERS[3]).toBe('concentrate'); // bottom-right corner
  });

  it('names constructs and axes in the report language', () => {
    const nb = ipmaMapChart(ipma, 'nb', { model });
    expect(nb.options!.plugins!.scatterLabels!.labels!.flat()).toContain('Tjenestekvalitet');
    expect(nb.options!.scales!.x!.title).toMatchObject({ text: 'Viktighet (indekspoeng per poeng mer)' });
    const da = ipmaMapChart(ipma, 'da', { model });
    expect(da.options!.scales!.y!.title).toMatchObject({ text: 'Præstation (0–100)' });
    expect(da.options!.plugins!.scatterLabels!.labels!.flat()).toContain('Servicekvalitet');
  });
});
