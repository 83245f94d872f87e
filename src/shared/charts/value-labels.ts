import type { BarElement, Chart, ChartType, Plugin } from 'chart.js';
import type { Language } from '../domain/language';
import { formatNumber, formatPercent, formatSigned } from '../format';

/**
 * Options of the `valueLabels` plugin: plain data, so a chart spec stays JSON and both renderers
 * (react-chartjs-2 and the Node rasteriser) draw identical labels by registering this one plugin.
 * chart.js has no built-in value labels and chartjs-plugin-datalabels is configured with functions.
 */
export type ValueLabelsOptions = {
  display: boolean;
  lang: Language;
  digits: number;
  /** `end`: after the bar's end (inside it when there is no room); `center`: in the middle of a segment. */
  position: 'end' | 'center';
  /** `percent100`: the value is a percentage 0–100 and prints as "46 %"; `signed`: "+4,1" / "−10,6". */
  format: 'number' | 'percent100' | 'signed';
  /** Text colour per dataset; the first is used for all when shorter. */
  colors: string[];
  /** Colour for a label drawn inside a bar because it did not fit after it. */
  insideColor: string;
  font: { family: string; size: number; weight: 'normal' | 'bold' };
  /** Index of a dataset of [low, high] whiskers: end labels go past the whisker, not across it. */
  whiskers?: number;
};

declare module 'chart.js' {
  // The type parameter must repeat chart.js's declaration for the interfaces to merge.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface PluginOptionsByType<TType extends ChartType> {
    valueLabels: Partial<ValueLabelsOptions>;
  }
}

/** Room (px) right of the chart area that specs with end labels reserve as layout padding. */
export const END_LABEL_ROOM = 44;

function labelText(value: number, o: Partial<ValueLabelsOptions>): string {
  const lang = o.lang ?? 'en';
  const digits = o.digits ?? 0;
  if (o.format === 'signed') return formatSigned(value, lang, digits);
  return o.format === 'percent100'
    ? formatPercent(value / 100, lang, digits)
    : formatNumber(value, lang, digits);
}

/** Draws each bar's value, formatted for the chart's language. Register it in both renderers. */
export const valueLabelsPlugin: Plugin<'bar', Partial<ValueLabelsOptions>> = {
  id: 'valueLabels',
  defaults: { display: false },
  afterDatasetsDraw(chart: Chart<'bar'>, _args, o) {
    if (!o.display) return;
    const { ctx, chartArea } = chart;
    const font = o.font ?? { family: 'sans-serif', size: 12, weight: 'normal' };
    ctx.save();
    ctx.font = `${font.weight === 'bold' ? 'bold ' : ''}${font.size}px ${font.family}`;
    ctx.textBaseline = 'middle';
    chart.data.datasets.forEach((ds, di) => {
      const meta = chart.getDatasetMeta(di);
      if (meta.hidden || !chart.isDatasetVisible(di)) return;
      const color = o.colors?.[di] ?? o.colors?.[0] ?? '#1f2933';
      meta.data.forEach((el, i) => {
        const value = ds.data[i];
        if (typeof value !== 'number' || !Number.isFinite(value)) return;
        const bar = el as BarElement;
        const props = bar.getProps(['x', 'y', 'base', 'height', 'horizontal'], true);
        const { y, base, height, horizontal } = props;
        let x = props.x;
        if (x === null || y === null) return;
        const whisker = o.whiskers === undefined ? undefined : chart.data.datasets[o.whiskers]?.data[i];
        const scale = chart.scales[meta.xAxisID ?? 'x'];
        if (horizontal && Array.isArray(whisker) && scale && o.position !== 'center') {
          const [lo, hi] = whisker as [number, number];
          x = x >= base ? Math.max(x, scale.getPixelForValue(hi)) : Math.min(x, scale.getPixelForValue(lo));
        }
        const text = labelText(value, o);
        const w = ctx.measureText(text).width;
        // Vertical bars are not used by our specs yet; centre the label above the bar.
        if (!horizontal) {
          ctx.textAlign = 'center';
          ctx.fillStyle = color;
          ctx.fillText(text, x, y - font.size);
          return;
        }
        if (o.position === 'center') {
          const length = Math.abs(x - base);
          if (w + 6 > length || font.size + 2 > height) return; // a tiny segment gets no label rather than an overlapping one
          ctx.textAlign = 'center';
          ctx.fillStyle = color;
          ctx.fillText(text, (x + base) / 2, y);
          return;
        }
        // A bar pointing left (a fall) takes its label on its left end; specs leave left padding for it.
        if (x < base) {
          const fitsBefore = x - 6 - w >= chartArea.left - END_LABEL_ROOM;
          ctx.textAlign = fitsBefore ? 'right' : 'left';
          ctx.fillStyle = fitsBefore ? color : (o.insideColor ?? '#ffffff');
          ctx.fillText(text, fitsBefore ? x - 6 : x + 6, y);
          return;
        }
        // Specs leave right padding for end labels; past it, the label goes inside the bar.
        const fitsAfter = x + 6 + w <= chartArea.right + END_LABEL_ROOM;
        ctx.textAlign = fitsAfter ? 'left' : 'right';
        ctx.fillStyle = fitsAfter ? color : (o.insideColor ?? '#ffffff');
        ctx.fillText(text, fitsAfter ? x + 6 : x - 6, y);
      });
    });
    ctx.restore();
  },
};
