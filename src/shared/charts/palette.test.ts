import { describe, expect, it } from 'vitest';
import { contrastRatio, DEFAULT_BRAND, makePalette, parseHex, toHex } from './palette';

describe('palette', () => {
  it('computes WCAG contrast (black on white is 21:1)', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });

  it('round-trips hex colours', () => {
    expect(toHex(parseHex('#0B6E4F'))).toBe('#0b6e4f');
    expect(() => parseHex('teal')).toThrow(/parseHex/);
  });

  it('darkens a pale brand colour until graphics and text are readable on white', () => {
    const p = makePalette('#ffd84d'); // a light yellow brand
    expect(contrastRatio(p.brandGraphic, '#ffffff')).toBeGreaterThanOrEqual(3);
    expect(contrastRatio(p.brandText, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(p.brand).toBe('#ffd84d'); // the band keeps the real brand colour …
    expect(p.onBrand).not.toBe('#ffffff'); // … with dark text on it
  });

  it('keeps a dark brand colour as it is', () => {
    const p = makePalette('#1f4e79');
    expect(p.brandGraphic).toBe('#1f4e79');
    expect(p.brandText).toBe('#1f4e79');
    expect(p.onBrand).toBe('#ffffff');
  });

  it('falls back to the default brand on a malformed colour', () => {
    expect(makePalette('red').brand).toBe(DEFAULT_BRAND);
    expect(makePalette(undefined).brand).toBe(DEFAULT_BRAND);
  });

  it('gives the NPS three distinct colours, with readable labels on each', () => {
    const p = makePalette(null);
    const { detractors, passives, promoters } = p.nps;
    expect(new Set([detractors, passives, promoters]).size).toBe(3);
    for (const key of ['detractors', 'passives', 'promoters'] as const) {
      expect(contrastRatio(p.nps[key], p.onNps[key])).toBeGreaterThanOrEqual(3);
    }
  });
});
