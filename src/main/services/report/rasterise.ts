import type { Canvas } from '@napi-rs/canvas';
import { deflateSync } from 'node:zlib';
import type { ChartConfiguration, ChartItem, ChartType, Plugin } from 'chart.js';
import { Chart, registerables } from 'chart.js';
import { CHART_PLUGINS } from '../../../shared/charts/plugins';
import type { ChartSpec } from '../../../shared/report/types';
import { napiCanvas } from '../canvas';
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
  config: ChartConfiguration<T> | ChartSpec,
  o: RasterOptions,
): Promise<Buffer> {
  ensureChartJs();
  registerCanvasFonts(o.resourcesDir);
  const canvas = napiCanvas().createCanvas(o.width, o.height);
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
    return opaquePng(canvas);
  } finally {
    chart.destroy();
  }
}

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** CRC-32 (ISO 3309, as PNG chunks use), by table. */
const CRC_TABLE = Int32Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c;
});

function chunk(type: string, data: Buffer): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  data.copy(out, 8);
  let c = -1;
  for (let i = 4; i < 8 + data.length; i++) c = CRC_TABLE[(c ^ out[i]!) & 0xff]! ^ (c >>> 8);
  out.writeInt32BE(~c, 8 + data.length);
  return out;
}

/**
 * The canvas as an RGB PNG (no alpha channel: the chart is painted on white, see whiteBackground).
 * A PDF takes such a PNG's compressed rows as they are, where one with an alpha channel must be
 * decoded pixel by pixel to split the alpha into a mask and compressed again — most of a report's
 * time. The rows are stored unfiltered (a chart's flat areas compress well as they are), at zlib's
 * fastest level: a quarter of level 6's time for files about a quarter larger.
 */
export function opaquePng(canvas: Canvas): Buffer {
  const { width: w, height: h } = canvas;
  const rgba = canvas.getContext('2d').getImageData(0, 0, w, h).data;
  // One 32-bit read per pixel: R, G, B, A from the lowest byte up on the little-endian platforms the
  // app runs on (a big-endian one reads the bytes one by one).
  const words = LITTLE_ENDIAN ? new Uint32Array(rgba.buffer, rgba.byteOffset, w * h) : null;
  const stride = 1 + 3 * w;
  const raw = Buffer.alloc(stride * h); // each row's filter byte stays 0: none
  if (words) {
    // Four pixels (four words of RGBA) make three words of RGB, written to a row of words and then
    // copied into place (the rows of the PNG start one byte after a word boundary).
    const row = new Uint32Array(Math.ceil((3 * w) / 4) + 3);
    const rowBytes = new Uint8Array(row.buffer, 0, 3 * w);
    for (let y = 0; y < h; y++) {
      let p = y * w;
      const end = p + w;
      let o = 0;
      for (; p + 3 < end; p += 4, o += 3) {
        const a = words[p]! & 0xffffff;
        const b = words[p + 1]! & 0xffffff;
        const c = words[p + 2]! & 0xffffff;
        const d = words[p + 3]! & 0xffffff;
        row[o] = a | (b << 24);
        row[o + 1] = (b >>> 8) | (c << 16);
        row[o + 2] = (c >>> 16) | (d << 8);
      }
      // the last pixels of a row whose width is not a multiple of four: one by one
      for (let q = 3 * (p - y * w); p < end; p++, q += 3) {
        const v = words[p]!;
        rowBytes[q] = v;
        rowBytes[q + 1] = v >>> 8;
        rowBytes[q + 2] = v >>> 16;
      }
      raw.set(rowBytes, y * stride + 1);
    }
  } else {
    for (let y = 0; y < h; y++) {
      for (let x = 0, p = y * w, d = y * stride + 1; x < w; x++, p++, d += 3) {
        raw[d] = rgba[4 * p]!;
        raw[d + 1] = rgba[4 * p + 1]!;
        raw[d + 2] = rgba[4 * p + 2]!;
      }
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(w, 0);
  header.writeUInt32BE(h, 4);
  header[8] = 8; // bits per channel
  header[9] = 2; // RGB
  return Buffer.concat([
    PNG_SIGNATURE,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 1 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
