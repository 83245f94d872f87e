/**
 * Colours for charts and the report. The brand colour comes from the study's branding but is darkened
 * until it meets WCAG contrast on white (3:1 for bars, WCAG 1.4.11; 4.5:1 for text, 1.4.3), so a pale
 * brand never produces an unreadable report. The NPS three use the Okabe–Ito colour-blind-safe set
 * (vermillion / grey / blue): red–green, the usual NPS colours, is the pair colour-blind readers lose.
 */

export type Rgb = [number, number, number];

export type Palette = {
  /** Brand colour as given (cover band, rules). */
  brand: string;
  /** Brand colour with ≥ 3:1 contrast on white: bars and graphics. */
  brandGraphic: string;
  /** Brand colour with ≥ 4.5:1 contrast on white: headings and text. */
  brandText: string;
  /** A pale tint of the brand for table stripes and panels. */
  brandTint: string;
  /** Text on top of the brand colour (white or ink, whichever contrasts more). */
  onBrand: string;
  ink: string;
  muted: string;
  grid: string;
  nps: { detractors: string; passives: string; promoters: string };
  /** Text drawn on top of each NPS segment. */
  onNps: { detractors: string; passives: string; promoters: string };
};

export const DEFAULT_BRAND = '#1f4e79';
const WHITE: Rgb = [255, 255, 255];
const INK = '#1f2933';

export function parseHex(hex: string): Rgb {
  const m = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
  if (!m?.[1]) throw new Error(`parseHex: "${hex}" is not a #rrggbb colour`);
  const v = Number.parseInt(m[1], 16);
  return [(v >> 16) & 255, (v >> 8) & 255, v & 255];
}

export function toHex([r, g, b]: Rgb): string {
  return `#${[r, g, b]
    .map((c) =>
      Math.round(Math.min(255, Math.max(0, c)))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

/** WCAG 2.x relative luminance. */
export function luminance(rgb: Rgb): number {
  const [r, g, b] = rgb.map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio, 1–21. */
export function contrastRatio(a: string, b: string): number {
  const la = luminance(parseHex(a));
  const lb = luminance(parseHex(b));
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** Mixes `hex` with `toward` (0 = hex, 1 = toward). */
export function mix(hex: string, toward: Rgb, amount: number): string {
  const c = parseHex(hex);
  return toHex([0, 1, 2].map((i) => c[i]! + (toward[i]! - c[i]!) * amount) as Rgb);
}

/** Darkens `hex` in small steps until it reaches `ratio` against white. */
export function withContrastOnWhite(hex: string, ratio: number): string {
  let c = toHex(parseHex(hex));
  for (let step = 0; step < 40 && contrastRatio(c, '#ffffff') < ratio; step++) c = mix(c, [0, 0, 0], 0.06);
  return c;
}

function readableOn(background: string): string {
  return contrastRatio(background, '#ffffff') >= contrastRatio(background, INK) ? '#ffffff' : INK;
}

/** The palette for a study's brand colour (falls back to the default brand on a malformed value). */
export function makePalette(brandColor: string | null | undefined): Palette {
  const brand = brandColor && /^#[0-9a-f]{6}$/i.test(brandColor) ? brandColor.toLowerCase() : DEFAULT_BRAND;
  const nps = { detractors: '#d55e00', passives: '#bdbdbd', promoters: '#0072b2' };
  return {
    brand,
    brandGraphic: withContrastOnWhite(brand, 3),
    brandText: withContrastOnWhite(brand, 4.5),
    brandTint: mix(brand, WHITE, 0.92),
    onBrand: readableOn(brand),
    ink: INK,
    muted: '#5f6b7a',
    grid: '#e3e7ec',
    nps,
    onNps: {
      detractors: readableOn(nps.detractors),
      passives: readableOn(nps.passives),
      promoters: readableOn(nps.promoters),
    },
  };
}
