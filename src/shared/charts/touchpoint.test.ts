import { describe, expect, it } from 'vitest';
import { sampleDashboard } from './fixtures';
import { makePalette } from './palette';
import { journeyRows, touchpointChart, wrapLabel } from './touchpoint';

describe('touchpointChart', () => {
  const result = sampleDashboard();

  it('is plain JSON (no functions), so both renderers can draw the same spec', () => {
    const spec = touchpointChart(result, 'nb');
    expect(JSON.parse(JSON.stringify(spec))).toEqual(spec);
  });

  it('draws horizontal bars of the 0–100 index in journey order, under stage headings', () => {
    const spec = touchpointChart(result, 'en');
    expect(spec.options?.indexAxis).toBe('y');
    expect(spec.data.labels?.slice(0, 4)).toEqual([
      'AWARENESS',
      'Website and self-service',
      'PURCHASE',
      'Offer and price information',
    ]);
    const data = spec.data.datasets[0]?.data ?? [];
    expect(data[0]).toBeNull(); // heading rows carry no bar
    expect(data[1]).toBeCloseTo((100 * (3.71 - 1)) / 4, 10);
    expect(spec.options?.scales?.x?.min).toBe(0);
    expect(spec.options?.scales?.x?.max).toBe(100);
  });

  it('never shows a touchpoint answered by fewer than k respondents', () => {
    const spec = touchpointChart(result, 'en');
    expect(JSON.stringify(spec.data.labels)).not.toContain('Chat');
    const bars = (spec.data.datasets[0]?.data ?? []).filter((v) => v !== null);
    expect(bars).toHaveLength(result.touchpoints.filter((t) => t.n >= result.anonymityK).length);
  });

  it('can show means on the shared scale, with the scale limits as axis', () => {
    const spec = touchpointChart(result, 'nb', { measure: 'mean' });
    expect(spec.options?.scales?.x?.min).toBe(1);
    expect(spec.options?.scales?.x?.max).toBe(5);
    expect(spec.options?.plugins?.valueLabels?.digits).toBe(1);
    expect(spec.options?.scales?.x?.title?.text).toBe('Snitt (skala 1–5)');
  });

  it('falls back to the index when touchpoints use different scales', () => {
    const mixed = sampleDashboard();
    mixed.touchpoints[0] = { ...mixed.touchpoints[0]!, scale: { min: 0, max: 10 } };
    expect(touchpointChart(mixed, 'en', { measure: 'mean' }).options?.scales?.x?.max).toBe(100);
  });

  it('uses the brand colour for bars and labels values in the chart language', () => {
    const palette = makePalette('#0b6e4f');
    const spec = touchpointChart(result, 'da', { palette });
    expect(spec.data.datasets[0]?.backgroundColor).toBe(palette.brandGraphic);
    expect(spec.options?.plugins?.valueLabels?.lang).toBe('da');
    expect(spec.options?.plugins?.title?.text).toBe('Kontaktpunkterne på kunderejsen');
  });

  it('wraps long labels at word boundaries', () => {
    expect(wrapLabel('Renewal of the agreement, including the new price', 20)).toEqual([
      'Renewal of the',
      'agreement, including',
      'the new price',
    ]);
    expect(journeyRows(result.touchpoints.slice(0, 1))).toHaveLength(2);
  });
});
