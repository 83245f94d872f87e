import type PptxGenJS from 'pptxgenjs';
import type { Palette } from '../../../../shared/charts/palette';
import type { Language } from '../../../../shared/domain/language';
import type { NativeBar, NativeScatter } from './native-chart';
import { FONT, hex } from './layout';

type Box = { x: number; y: number; w: number; h: number };
type Slide = PptxGenJS.Slide;

/** The map's plot area inside its chart frame (fractions), fixed so the crosshair can be drawn over it. */
const PLOT = { x: 0.07, y: 0.03, w: 0.7, h: 0.84 };

const LANG: Record<Language, string> = { en: 'en-GB', nb: 'nb-NO', da: 'da-DK' };

/**
 * A bar chart as a native PowerPoint chart: horizontal bars in the report's order (first at the top),
 * the series stacked where they never share a category (significance colours) or add up (NPS),
 * value labels in the report's number format, no value axis (the labels carry the numbers).
 */
export function addBarChart(
  pptx: PptxGenJS,
  slide: Slide,
  c: NativeBar,
  box: Box,
  palette: Palette,
  lang: Language,
  opts: { compact?: boolean } = {},
): void {
  const data = c.series.map((s) => ({ name: s.name, labels: c.labels, values: s.values }));
  const legend = c.series.length > 1;
  const diverging = (c.min ?? 0) < 0;
  slide.addChart(pptx.ChartType.bar, data, {
    ...box,
    barDir: 'bar',
    barGrouping: c.stacked ? 'stacked' : 'clustered',
    barGapWidthPct: opts.compact ? 20 : 45,
    ...(c.stacked || c.overlap ? { barOverlapPct: 100 } : {}),
    chartColors: c.series.map((s) => hex(s.color)),
    // Categories top to bottom in the report's order.
    catAxisOrientation: 'maxMin' as 'minMax',
    catAxisLabelFontFace: FONT,
    catAxisLabelFontSize: 11,
    catAxisLabelColor: hex(palette.ink),
    catAxisLineShow: !opts.compact,
    catAxisLineColor: hex(palette.grid),
    catAxisHidden: opts.compact ?? false,
    ...(diverging ? { catAxisLabelPos: 'low' as const } : {}),
    valAxisHidden: true,
    ...(c.min !== undefined ? { valAxisMinVal: c.min } : {}),
    ...(c.max !== undefined ? { valAxisMaxVal: c.max } : {}),
    valGridLine: diverging ? { color: hex(palette.grid), size: 0.75 } : { style: 'none' },
    valAxisMajorUnit: diverging ? Math.max(1, Math.round((c.max ?? 10) / 2)) : undefined,
    showValue: true,
    dataLabelFormatCode: c.format,
    dataLabelFontFace: FONT,
    dataLabelFontSize: opts.compact ? 12 : 10,
    dataLabelFontBold: true,
    dataLabelColor: hex(opts.compact ? '#ffffff' : palette.ink),
    dataLabelPosition: c.stacked ? 'ctr' : 'outEnd',
    showLegend: legend,
    legendPos: opts.compact ? 't' : 'b',
    legendFontFace: FONT,
    legendFontSize: 10,
    legendColor: hex(palette.ink),
    showTitle: false,
    lang: LANG[lang],
  });
}

/**
 * The importance–performance map as a native scatter chart: one series per quadrant in its colour,
 * each point labelled with its touchpoint, the axes crossing at the crosshair (the means) so the four
 * quadrants read as in the PDF.
 */
export function addScatterChart(
  pptx: PptxGenJS,
  slide: Slide,
  c: NativeScatter,
  box: Box,
  palette: Palette,
  lang: Language,
): void {
  const points = c.series.flatMap((s) => s.points);
  let at = 0;
  const ys = c.series.map((s) => {
    const start = at;
    at += s.points.length;
    return {
      name: s.name,
      values: points.map((_, i) => (i >= start && i < at ? s.points[i - start]!.y : null)),
      labels: points.map((_, i) => (i >= start && i < at ? s.points[i - start]!.label : '')),
    };
  });
  const data = [{ name: c.x.title, values: points.map((p) => p.x) }, ...ys];
  slide.addChart(pptx.ChartType.scatter, data as PptxGenJS.OptsChartData[], {
    ...box,
    chartColors: c.series.map((s) => hex(s.color)),
    lineSize: 0,
    lineDataSymbol: 'circle',
    lineDataSymbolSize: 10,
    lineDataSymbolLineColor: 'FFFFFF',
    lineDataSymbolLineSize: 1,
    showLabel: true,
    dataLabelFormatScatter: 'custom',
    dataLabelPosition: 'r',
    dataLabelFontFace: FONT,
    dataLabelFontSize: 9,
    dataLabelColor: hex(palette.ink),
    valAxisMinVal: c.y.min,
    valAxisMaxVal: c.y.max,
    catAxisMinVal: c.x.min,
    catAxisMaxVal: c.x.max,
    layout: PLOT,
    catAxisLabelFontFace: FONT,
    valAxisLabelFontFace: FONT,
    catAxisLabelFontSize: 10,
    valAxisLabelFontSize: 10,
    catAxisLabelColor: hex(palette.muted),
    valAxisLabelColor: hex(palette.muted),
    catAxisLineColor: hex(palette.muted),
    valAxisLineColor: hex(palette.muted),
    valGridLine: { color: hex(palette.grid), size: 0.5 },
    catGridLine: { color: hex(palette.grid), size: 0.5 },
    showCatAxisTitle: true,
    catAxisTitle: c.x.title,
    showValAxisTitle: true,
    valAxisTitle: c.y.title,
    catAxisTitleFontSize: 10,
    valAxisTitleFontSize: 10,
    catAxisTitleColor: hex(palette.muted),
    valAxisTitleColor: hex(palette.muted),
    showLegend: true,
    legendPos: 'r',
    legendFontFace: FONT,
    legendFontSize: 10,
    legendColor: hex(palette.ink),
    lang: LANG[lang],
  });
  // The crosshair (the averages) as dashed guides over the plot area, which the manual layout fixes.
  const plot = { x: box.x + PLOT.x * box.w, y: box.y + PLOT.y * box.h, w: PLOT.w * box.w, h: PLOT.h * box.h };
  const line = { color: hex(palette.muted), width: 1, dashType: 'dash' as const };
  if (c.x.crosses !== null && c.x.max > c.x.min) {
    const x = plot.x + ((c.x.crosses - c.x.min) / (c.x.max - c.x.min)) * plot.w;
    slide.addShape(pptx.ShapeType.line, { x, y: plot.y, w: 0, h: plot.h, line });
  }
  if (c.y.crosses !== null && c.y.max > c.y.min) {
    const y = plot.y + (1 - (c.y.crosses - c.y.min) / (c.y.max - c.y.min)) * plot.h;
    slide.addShape(pptx.ShapeType.line, { x: plot.x, y, w: plot.w, h: 0, line });
  }
}
