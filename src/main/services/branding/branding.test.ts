import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createCanvas } from '@napi-rs/canvas';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { isAppError } from '../../../shared/api/errors';
import { buildSampleStudy } from '../sample/build-sample';
import { readStudyMeta } from '../store/study-repo';
import { studyReportPptx } from '../report/deliverables-service';
import { zipParts, textRuns } from '../report/pptx/office-test-utils';
import { studyReportPdf } from '../report/report-service';
import { checkLogo, reportLogoDataUrl } from './logo';
import { readLayout, setBranding, writeLayout } from './store';

const resourcesDir = fileURLToPath(new URL('../../../../resources', import.meta.url));

function sample(): { path: string; db: Database.Database } {
  const path = join(mkdtempSync(join(tmpdir(), 'tp-branding-')), 's.tpstudy');
  buildSampleStudy(join(resourcesDir, 'sample'), path);
  return { path, db: new Database(path) };
}

function png(w = 120, h = 40): Buffer {
  const c = createCanvas(w, h);
  const g = c.getContext('2d');
  g.fillStyle = '#00bb55';
  g.fillRect(0, 0, w, h);
  return c.toBuffer('image/png');
}

function code(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    return isAppError(e) ? `${e.code}: ${e.message}` : `other: ${String(e)}`;
  }
  return 'no error';
}

function pdfText(bytes: Buffer): string {
  const file = join(mkdtempSync(join(tmpdir(), 'tp-branding-pdf-')), 'r.pdf');
  writeFileSync(file, bytes);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replaceAll('\u00a0', ' ');
}

const SVG_WITH_SCRIPT = `<?xml version="1.0"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="200" height="80" onload="alert(1)">
  <script>alert('x')</script>
  <image xlink:href="https://tracker.example/pixel.png" width="10" height="10"/>
  <rect width="200" height="80" fill="#0b5" style="fill:url(https://evil.example/x)"/>
  <circle cx="40" cy="40" r="30" fill="#f90"/>
</svg>`;

describe('branding validation', () => {
  it('refuses a colour that is not hex and leaves the study file byte-identical', () => {
    const { path, db } = sample();
    db.close();
    const before = readFileSync(path);
    const db2 = new Database(path);
    expect(code(() => setBranding(db2, { primaryColor: 'green', consultancy: 'X' }))).toMatch(
      /^INVALID_INPUT: the primary colour "green" is not a hex colour/,
    );
    expect(code(() => setBranding(db2, { accentColor: '#12345' }))).toMatch(/accent colour "#12345"/);
    db2.close();
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('refuses an oversize logo and a file that is no image, naming the file', () => {
    const big = Buffer.concat([png(), Buffer.alloc(2 * 1024 * 1024)]);
    expect(code(() => checkLogo('huge.png', big))).toMatch(
      /INVALID_INPUT: the logo "huge.png" is 2\.0 MB; the limit is 2 MB/,
    );
    expect(code(() => checkLogo('logo.png', Buffer.from('GIF89a not really')))).toMatch(
      /"logo.png" is not a PNG, JPEG or SVG image/,
    );
    // Magic bytes decide, not the name: a PNG header with garbage after it is no image.
    const fake = Buffer.concat([png().subarray(0, 8), Buffer.from('garbage')]);
    expect(code(() => checkLogo('fake.png', fake))).toMatch(/could not be read as a PNG image/);
  });

  it('sanitises an SVG: no script, no event handler, no external reference, and draws it as PNG', () => {
    const logo = checkLogo('logo.svg', Buffer.from(SVG_WITH_SCRIPT));
    expect(logo.type).toBe('svg');
    const svg = Buffer.from(logo.dataUrl.split(',')[1]!, 'base64').toString('utf8');
    expect(svg).not.toMatch(/script|onload|tracker|evil|alert/i);
    expect(svg).toContain('<circle');
    const raster = reportLogoDataUrl(logo.dataUrl);
    expect(raster).toMatch(/^data:image\/png;base64,/);
    expect(code(() => checkLogo('e.svg', Buffer.from('<!DOCTYPE svg [<!ENTITY x "y">]><svg/>')))).toMatch(
      /INVALID_INPUT: .*DOCTYPE/,
    );
    expect(
      code(() => checkLogo('nosize.svg', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"></svg>'))),
    ).toMatch(/needs a width and height or a viewBox/);
  });
});

describe('branding and layout storage', () => {
  it('round-trips branding and layout through the study file', () => {
    const { path, db } = sample();
    setBranding(db, {
      primaryColor: '#0B5',
      accentColor: '#F90',
      consultancy: 'Fjord Innsikt AS',
      preparedBy: 'Kari Nordmann',
      logo: { name: 'logo.png', base64: png().toString('base64') },
    });
    writeLayout(db, {
      order: ['comments', 'map'],
      hidden: ['units'],
      texts: {
        nb: { summary: 'Vår vurdering.', recommendations: '', notes: { map: 'Se øverst til venstre.' } },
      },
    });
    db.close();
    const again = new Database(path);
    const b = readStudyMeta(again).branding;
    expect(b).toMatchObject({
      primaryColor: '#00bb55',
      accentColor: '#ff9900',
      consultancy: 'Fjord Innsikt AS',
      preparedBy: 'Kari Nordmann',
    });
    expect(b.logo).toMatch(/^data:image\/png;base64,iVBOR/);
    expect(readLayout(again)).toEqual({
      order: ['comments', 'map'],
      hidden: ['units'],
      texts: {
        nb: { summary: 'Vår vurdering.', recommendations: '', notes: { map: 'Se øverst til venstre.' } },
      },
    });
    again.close();
  });
});

describe('the layout applied to the PDF and the deck', () => {
  it('hides a chapter, reorders two, and prints the consultant’s nb texts', async () => {
    const { db } = sample();
    const plain = pdfText((await studyReportPdf(db, { lang: 'nb', resourcesDir, date: '2026-04-20' })).bytes);
    const map = 'Hvor bør dere sette inn innsatsen';
    const comments = 'Med kundenes egne ord';
    expect(plain).toContain(comments);
    expect(plain.indexOf(map)).toBeLessThan(plain.indexOf(comments));

    setBranding(db, { consultancy: 'Fjord Innsikt AS', preparedBy: 'Kari Nordmann', accentColor: '#F90' });
    writeLayout(db, {
      order: ['overview', 'comments', 'map'],
      hidden: ['drivers'],
      texts: {
        nb: {
          summary: 'Kundene er mer fornøyde enn i fjor.',
          recommendations: 'Ring kundene tilbake innen to dager.',
          notes: { comments: 'Kommentarene er lest av konsulenten.' },
        },
        en: { summary: 'English summary only.', recommendations: '', notes: {} },
      },
    });
    const shaped = pdfText(
      (await studyReportPdf(db, { lang: 'nb', resourcesDir, date: '2026-04-20' })).bytes,
    );
    expect(plain).toContain('Drivere');
    expect(shaped).not.toMatch(/^\s*Drivere\s*$/m);
    expect(shaped.indexOf(comments)).toBeLessThan(shaped.indexOf(map));
    for (const t of [
      'Kundene er mer fornøyde enn i fjor.',
      'Anbefalinger',
      'Ring kundene tilbake innen to dager.',
      'Kommentarene er lest av konsulenten.',
      'Utarbeidet av Kari Nordmann, Fjord Innsikt AS',
    ])
      expect(shaped.replace(/\s+/g, ' ')).toContain(t);
    expect(shaped).not.toContain('English summary only.');

    const deck = await studyReportPptx(db, { lang: 'nb', date: '2026-04-20' });
    const parts = zipParts(deck.bytes);
    const slides = [...parts.keys()]
      .filter((p) => /^ppt\/slides\/slide\d+\.xml$/.test(p))
      .sort((a, b) => Number(/(\d+)\.xml/.exec(a)![1]) - Number(/(\d+)\.xml/.exec(b)![1]))
      .map((p) => textRuns(parts.get(p)!).join(' '));
    const all = slides.join('\n');
    // The title slide carries the accent colour (a rule above the prepared-by line).
    expect(parts.get('ppt/slides/slide1.xml')).toMatch(/<a:srgbClr val="FF9900"/i);
    expect(all).toContain('Kommentarene er lest av konsulenten.');
    expect(all).toContain('Ring kundene tilbake innen to dager.');
    expect(slides.some((s) => s.startsWith('Drivere'))).toBe(false);
    const first = (t: string) => slides.findIndex((s) => s.includes(t));
    expect(first(comments)).toBeGreaterThan(0);
    expect(first(comments)).toBeLessThan(first(map));
    db.close();
  }, 60_000);
});
