import { crc32, deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { makePalette } from '../../../../shared/charts/palette';
import type { ReportModel } from '../../../../shared/report/types';
import { renderReportPptx } from './deck';
import { brandingLogo, logoFromDataUrl } from './logo';
import { zipParts } from './office-test-utils';

/** A real PNG of w × h pixels (one colour), so the deck embeds an image a reader can draw. */
function png(w: number, h: number): string {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const out = Buffer.alloc(8 + data.length + 4);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), 8 + data.length);
    return out;
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(w * 3, 0x40)]);
  const raw = Buffer.concat(Array.from({ length: h }, () => row));
  const bytes = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
  return `data:image/png;base64,${bytes.toString('base64')}`;
}

const model: ReportModel = {
  lang: 'en',
  warnings: [],
  palette: makePalette('#0b5394'),
  cover: {
    kicker: 'Study',
    client: 'Client AS',
    title: 'Journey',
    wave: 'Wave 2026',
    preparedBy: null,
    date: '1 May 2026',
  },
  sections: [
    {
      id: 'method',
      title: 'Method',
      newPage: true,
      blocks: [{ kind: 'text', text: 'n = 400.', style: 'body' }],
    },
  ],
  running: { header: '', footer: '', pageOf: '' },
};

describe('the logo on the deck', () => {
  it('reads the size of a PNG and refuses what is not an image', () => {
    expect(logoFromDataUrl(png(40, 10))?.aspect).toBe(4);
    expect(logoFromDataUrl('data:image/png;base64,AAAA')).toBeNull();
    expect(logoFromDataUrl('https://example.com/logo.png')).toBeNull();
    expect(brandingLogo({ primaryColor: '#000000', consultancy: '' })).toBeNull();
    expect(brandingLogo({ logo: png(3, 3) })?.aspect).toBe(1);
  });

  it('puts the logo on the title slide and the master, unstretched, in the client colour', async () => {
    const logo = logoFromDataUrl(png(40, 10));
    const { bytes } = await renderReportPptx(model, { k: 5, logo });
    const parts = zipParts(bytes);
    expect([...parts.keys()].filter((p) => /^ppt\/media\/.+\.png$/.test(p)).length).toBeGreaterThanOrEqual(1);
    const title = parts.get('ppt/slides/slide1.xml')!;
    const ext = /<p:pic>[\s\S]*?<a:ext cx="(\d+)" cy="(\d+)"/.exec(title);
    expect(Number(ext?.[1]) / Number(ext?.[2])).toBeCloseTo(4, 1);
    // The master carries the logo too, and the title slide is in the brand colour.
    const layouts = [...parts.entries()]
      .filter(([p]) => p.startsWith('ppt/slideLayouts/slideLayout'))
      .map(([, x]) => x);
    expect(layouts.some((x) => x.includes('<p:pic>'))).toBe(true);
    expect(layouts.join('')).toContain('0B5394');
  });
});
