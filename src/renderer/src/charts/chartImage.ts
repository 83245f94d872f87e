import type { ChartConfiguration, Plugin } from 'chart.js';
import { Chart } from 'chart.js';
import { registerCharts } from './register';

/** What the image carries besides the chart: its title on top and the base n line beneath. */
export type ChartImageText = { title: string; base?: string | undefined };

const whiteBackground: Plugin = {
  id: 'tpImageWhite',
  beforeDraw(chart) {
    const { ctx, width, height } = chart;
    ctx.save();
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, width, height);
    ctx.restore();
  },
};

/**
 * The chart as on paper, as a PNG at twice its CSS size: the same spec drawn once more off screen
 * (no animation, white background), with the title and the base n drawn by chart.js's own title
 * and subtitle plugins so the image is exactly `2 × width` by `2 × height` pixels.
 */
export async function chartPng(
  spec: ChartConfiguration,
  size: { width: number; height: number },
  text: ChartImageText,
): Promise<Blob> {
  registerCharts();
  const canvas = document.createElement('canvas');
  // chart.js sizes a non-responsive canvas from its width/height attributes (CSS pixels).
  canvas.width = size.width;
  canvas.height = size.height;
  const host = document.createElement('div');
  host.style.cssText = `position:fixed;left:-10000px;top:0;width:${size.width}px;height:${size.height}px`;
  host.appendChild(canvas);
  document.body.appendChild(host);
  const options = structuredClone(spec.options ?? {}) as NonNullable<ChartConfiguration['options']>;
  const plugins = (options.plugins ?? {}) as Record<string, unknown>;
  const font = { family: 'Inter, "Noto Sans", Arial, sans-serif' };
  options.plugins = {
    ...plugins,
    title: {
      display: true,
      text: text.title,
      color: '#1f2933',
      font: { ...font, size: 14, weight: 'bold' },
      padding: { bottom: 8 },
    },
    subtitle: text.base
      ? {
          display: true,
          position: 'bottom',
          text: text.base,
          color: '#5f6b76',
          font: { ...font, size: 10 },
          padding: { top: 6 },
        }
      : { display: false },
  } as typeof options.plugins;
  // A margin all round: pasted on a slide, labels must not touch the image's edge.
  options.layout = { ...(options.layout ?? {}), padding: 16 };
  options.responsive = false;
  options.maintainAspectRatio = false;
  options.animation = false;
  options.devicePixelRatio = 2;
  const chart = new Chart(canvas, {
    type: spec.type,
    data: structuredClone(spec.data),
    options,
    plugins: [...(spec.plugins ?? []), whiteBackground],
  } as ChartConfiguration);
  try {
    return await new Promise<Blob>((ok, fail) =>
      canvas.toBlob((b) => (b ? ok(b) : fail(new Error('the chart could not be drawn'))), 'image/png'),
    );
  } finally {
    chart.destroy();
    host.remove();
  }
}

/** A file name from the chart's title: "customer-journey.png". */
export function chartFileName(title: string): string {
  const s = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `${s || 'chart'}.png`;
}
