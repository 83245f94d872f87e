import { createCanvas, loadImage } from '@napi-rs/canvas';
import { fileURLToPath } from 'node:url';
import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { sampleDashboard } from '../../../shared/charts/fixtures';
import { npsChart } from '../../../shared/charts/nps';
import { touchpointChart } from '../../../shared/charts/touchpoint';
import { opaquePng, renderChartPng } from './rasterise';

const resourcesDir = fileURLToPath(new URL('../../../../resources', import.meta.url));

function pngSize(png: Buffer): { width: number; height: number } {
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe('renderChartPng', () => {
  it('draws a spec to a PNG at twice its CSS size, leaving the spec untouched', async () => {
    const spec = touchpointChart(sampleDashboard(), 'nb');
    const before = JSON.stringify(spec);
    const png = await renderChartPng(spec, { width: 600, height: 400, resourcesDir });
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(pngSize(png)).toEqual({ width: 1200, height: 800 });
    expect(JSON.stringify(spec)).toBe(before);
  });

  it('draws something (not a blank canvas)', async () => {
    const nps = sampleDashboard().nps;
    if (!nps || 'suppressed' in nps) throw new Error('fixture has an NPS');
    const blank = await renderChartPng(
      { type: 'bar', data: { labels: [], datasets: [] } },
      { width: 300, height: 100, resourcesDir },
    );
    const drawn = await renderChartPng(npsChart(nps, 'da'), { width: 300, height: 100, resourcesDir });
    expect(drawn.length).toBeGreaterThan(blank.length * 2);
  });

  it('writes an RGB PNG (no alpha, which a PDF would have to split out) holding the canvas pixels', async () => {
    const canvas = createCanvas(37, 23);
    const ctx = canvas.getContext('2d');
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, 37, 23);
    ctx.fillStyle = '#0f6e63';
    ctx.fillRect(3, 4, 20, 9);
    ctx.strokeStyle = '#d9480f';
    ctx.beginPath();
    ctx.moveTo(0, 22);
    ctx.lineTo(36, 0);
    ctx.stroke();
    const png = opaquePng(canvas);
    expect(png[25]).toBe(2); // colour type: RGB
    // every chunk's CRC is right
    for (let at = 8; at < png.length;) {
      const len = png.readUInt32BE(at);
      expect(crc32(png.subarray(at + 4, at + 8 + len)) >>> 0).toBe(png.readUInt32BE(at + 8 + len));
      at += 12 + len;
    }
    const back = createCanvas(37, 23);
    back.getContext('2d').drawImage(await loadImage(png), 0, 0);
    const want = ctx.getImageData(0, 0, 37, 23).data;
    const got = back.getContext('2d').getImageData(0, 0, 37, 23).data;
    expect(Array.from(got)).toEqual(Array.from(want));
  });
});
