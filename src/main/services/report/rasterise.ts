import { createCanvas } from '@napi-rs/canvas';
import type { ChartConfiguration, ChartItem, ChartType, Plugin } from 'chart.js';
import { Chart, registerables } from 'chart.js';
import { CHART_PLUGINS } from '../../../shared/charts/plugins';
import { CANVAS_FONT, registerCanvasFonts } from './fonts';

let chartJsReady = false;

function ensureChartJs(): void {
  if (chartJsReady) return;
  // Node has no tree-shaking concerns: register every controller, scale and plugin, plus our labels.
  Chart.register(...registerables, ...CHART_PLUGINS);
  chartJsReady = true;
}

// A PNG with a transparent background antialiases text against black in some viewers; paint it white.
const whiteBackground: Plugin = {
  id: 'tpWhiteBackground',
  beforeDraw(chart) {
    const { ctx, width, height } = chart;
    ctx.save();
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, width, height);
    ctx.restore();
  },
};

const PRINT_FAMILY = `"${CANVAS_FONT}", "Noto Sans Math", "Noto Emoji", "Noto Sans Symbols 2", sans-serif`;

/** The spec's font families (the screen's Roboto stack) set to the shipped Noto faces, in place. */
function useReportFont(node: unknown): void {
  if (Array.isArray(node)) {
    node.forEach(useReportFont);
    return;
  }
  if (node === null || typeof node !== 'object') return;
  const o = node as Record<string, unknown>;
  for (const [k, v] of Object.entries(o)) {
    if (k === 'family' && typeof v === 'string') o[k] = PRINT_FAMILY;
    else if (typeof v === 'object') useReportFont(v);
  }
}

export type RasterOptions = {
  /** CSS pixels; the PNG is `pixelRatio` times larger. */
  width: number;
  height: number;
  /** 2 for crisp print at the size the PDF places the image. */
  pixelRatio?: number;
  resourcesDir: string;
};

/**
 * Draws a chart spec (the same JSON the renderer draws with react-chartjs-2) with chart.js on a
 * @napi-rs/canvas and returns PNG bytes. Animation and responsiveness are forced off: there is no
 * window to respond to and the first frame must be the final one.
 */
export async function renderChartPng<T extends ChartType>(
  config: ChartConfiguration<T>,
  o: RasterOptions,
): Promise<Buffer> {
  ensureChartJs();
  registerCanvasFonts(o.resourcesDir);
  const canvas = createCanvas(o.width, o.height);
  // structuredClone: chart.js writes into the config it is given; the caller's spec stays untouched.
  const spec = structuredClone(config) as ChartConfiguration;
  useReportFont(spec.options);
  spec.options = {
    ...spec.options,
    responsive: false,
    animation: false,
    devicePixelRatio: o.pixelRatio ?? 2,
  };
  spec.plugins = [...(spec.plugins ?? []), whiteBackground];
  // chart.js's BasicPlatform (chosen outside a DOM) only needs getContext('2d') and width/height.
  const chart = new Chart(canvas as unknown as ChartItem, spec);
  try {
    return await canvas.encode('png');
  } finally {
    chart.destroy();
  }
}
