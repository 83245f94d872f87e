import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { sampleDashboard } from '../../../shared/charts/fixtures';
import { npsChart } from '../../../shared/charts/nps';
import { touchpointChart } from '../../../shared/charts/touchpoint';
import { renderChartPng } from './rasterise';

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
});
