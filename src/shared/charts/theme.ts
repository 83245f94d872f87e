/**
 * Typography shared by every chart spec. The family names the font the rasteriser registers from
 * resources/fonts (Roboto), so the PDF's charts use the PDF's font; the fallbacks serve the renderer.
 */
export const CHART_FONT_FAMILY = 'Roboto, "Helvetica Neue", Arial, sans-serif';

export function chartFont(
  size: number,
  weight: 'normal' | 'bold' = 'normal',
): {
  family: string;
  size: number;
  weight: 'normal' | 'bold';
} {
  return { family: CHART_FONT_FAMILY, size, weight };
}

/** The colours a heading and legend need; every chart's palette has them. */
type InkPalette = { ink: string; muted: string };

/**
 * Title and caption of a chart, the same on every chart: bold headline, muted caption below it, both
 * left-aligned, so screen and PDF read alike.
 */
export function chartHeading(palette: InkPalette, display: boolean, title: string, subtitle: string) {
  return {
    title: {
      display,
      text: title,
      align: 'start' as const,
      color: palette.ink,
      font: chartFont(15, 'bold'),
      padding: { bottom: 2 },
    },
    subtitle: {
      display,
      text: subtitle,
      align: 'start' as const,
      color: palette.muted,
      font: chartFont(11),
      padding: { bottom: 10 },
    },
  };
}

/** The legend under a chart, left-aligned with square swatches. */
export function bottomLegend(palette: InkPalette) {
  return {
    display: true,
    position: 'bottom' as const,
    align: 'start' as const,
    labels: { color: palette.ink, font: chartFont(11), boxWidth: 12, boxHeight: 12, padding: 14 },
  };
}
