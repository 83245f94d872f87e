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
