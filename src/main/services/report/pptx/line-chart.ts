import type PptxGenJS from 'pptxgenjs';
import type { TrendChartConfig } from '../../../../shared/charts/trend';
import type { Palette } from '../../../../shared/charts/palette';
import type { Language } from '../../../../shared/domain/language';
import { FONT, hex } from './layout';

/**
 * The trend's line chart (src/shared/charts/trend.ts) as the data of a native PowerPoint line chart:
 * the same waves, series, colours and numbers. A wave under k has no value (a gap in the line).
 * The significance triangles have no native counterpart; the slide's caption and the table name them.
 */
export type NativeLine = {
  kind: 'line';
  labels: string[];
  series: { name: string; color: string; values: (number | null)[] }[];
  min: number | undefined;
  max: number | undefined;
  axisTitle: string;
  /** Per series, the categories whose change against the previous one is significant ("▲"/"▼"). */
  marks: (string | null)[][];
};

const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

export function nativeLine(spec: TrendChartConfig): NativeLine {
  const labels = (spec.data.labels ?? []).map(String);
  // The legend-only datasets (the marks' explanation) hold no value.
  const drawn = spec.data.datasets.filter((ds) => ds.data.some((v) => typeof v === 'number'));
  const y = (
    spec.options?.scales as Record<string, { min?: unknown; max?: unknown; title?: { text?: unknown } }>
  )?.y;
  return {
    kind: 'line',
    labels,
    series: drawn.map((ds) => ({
      name: ds.label ?? '',
      color: typeof ds.borderColor === 'string' ? ds.borderColor : '#1f4e79',
      values: labels.map((_, i) => {
        const v = ds.data[i];
        return typeof v === 'number' && Number.isFinite(v) ? v : null;
      }),
    })),
    min: num(y?.min),
    max: num(y?.max),
    axisTitle: typeof y?.title?.text === 'string' ? y.title.text : '',
    marks: drawn.map((ds) => {
      const styles = Array.isArray(ds.pointStyle) ? ds.pointStyle : [];
      const rot = Array.isArray(ds.pointRotation) ? ds.pointRotation : [];
      return labels.map((_, i) => (styles[i] === 'triangle' ? (rot[i] === 180 ? '▼' : '▲') : null));
    }),
  };
}

const LANG: Record<Language, string> = { en: 'en-GB', nb: 'nb-NO', da: 'da-DK' };

/** A native, editable line chart: waves along the x axis, value labels above each point. */
export function addLineChart(
  pptx: PptxGenJS,
  slide: PptxGenJS.Slide,
  c: NativeLine,
  box: { x: number; y: number; w: number; h: number },
  palette: Palette,
  lang: Language,
): void {
  const data = c.series.map((s) => ({ name: s.name, labels: c.labels, values: s.values }));
  slide.addChart(pptx.ChartType.line, data, {
    ...box,
    chartColors: c.series.map((s) => hex(s.color)),
    lineSize: 2,
    lineDataSymbol: 'circle',
    lineDataSymbolSize: 7,
    catAxisLabelFontFace: FONT,
    catAxisLabelFontSize: 12,
    catAxisLabelColor: hex(palette.ink),
    catAxisLineColor: hex(palette.grid),
    valAxisLabelFontFace: FONT,
    valAxisLabelFontSize: 10,
    valAxisLabelColor: hex(palette.muted),
    ...(c.min !== undefined ? { valAxisMinVal: c.min } : {}),
    ...(c.max !== undefined ? { valAxisMaxVal: c.max } : {}),
    valGridLine: { color: hex(palette.grid), size: 0.75 },
    showValAxisTitle: c.axisTitle !== '',
    valAxisTitle: c.axisTitle,
    valAxisTitleFontFace: FONT,
    valAxisTitleFontSize: 10,
    valAxisTitleColor: hex(palette.muted),
    showValue: true,
    dataLabelFormatCode: '0',
    dataLabelPosition: 't',
    dataLabelFontFace: FONT,
    dataLabelFontSize: 10,
    dataLabelColor: hex(palette.ink),
    showLegend: true,
    legendPos: 'b',
    legendFontFace: FONT,
    legendFontSize: 11,
    legendColor: hex(palette.ink),
    showTitle: false,
    lang: LANG[lang],
  });
}
