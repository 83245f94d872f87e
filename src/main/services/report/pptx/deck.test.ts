import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ReportModel } from '../../../../shared/report/types';
import { buildSampleStudy } from '../../sample/build-sample';
import { studyReportModel, studyReportPptx } from '../deliverables-service';
import { hasSoffice, sofficeConvert, textRuns, zipParts } from './office-test-utils';
import { planDeck } from './plan';

const resourcesDir = fileURLToPath(new URL('../../../../../resources', import.meta.url));
const soffice = hasSoffice();

function sampleDb(): Database.Database {
  const path = join(mkdtempSync(join(tmpdir(), 'tp-deck-')), 'sample.tpstudy');
  buildSampleStudy(join(resourcesDir, 'sample'), path);
  return new Database(path);
}

/** Every string the report model would print: the PDF's text, against which the deck is checked. */
function modelStrings(m: ReportModel): string[] {
  const out = [
    m.cover.kicker,
    m.cover.client,
    m.cover.title,
    m.cover.wave,
    m.cover.preparedBy ?? '',
    m.cover.date,
  ];
  out.push(m.running.header, m.running.footer);
  for (const s of m.sections) {
    out.push(s.title);
    for (const b of s.blocks) {
      if (b.kind === 'text') out.push(b.text);
      else if (b.kind === 'table')
        out.push(
          b.title ?? '',
          b.note ?? '',
          ...b.columns.map((c) => c.label),
          ...b.rows.flatMap((r) => r.cells),
        );
      else if (b.kind === 'kpis') out.push(...b.items.flatMap((k) => [k.label, k.value, k.detail]));
      else if (b.kind === 'findings') out.push(...b.items.flatMap((f) => [f.title, f.detail]));
      else if (b.kind === 'quotes')
        out.push(...b.groups.flatMap((g) => [g.title, g.note ?? '', ...g.quotes]));
      else out.push(b.alt);
    }
  }
  return out;
}

describe('the PowerPoint deck of the sample study', () => {
  let bytes: Buffer;
  let slides: number;
  let model: ReportModel;
  let parts: Map<string, string>;
  beforeAll(async () => {
    const db = sampleDb();
    const r = await studyReportPptx(db, { lang: 'nb', date: '2026-04-20' });
    model = studyReportModel(db, { lang: 'nb', date: '2026-04-20' }).model;
    bytes = r.bytes;
    slides = r.slides;
    parts = zipParts(bytes);
    expect(r.name).toMatch(/^nordlys-forsikring-.*-2026\.pptx$/);
  });

  const slideXml = () =>
    [...parts.entries()].filter(([p]) => /^ppt\/slides\/slide\d+\.xml$/.test(p)).map(([, x]) => x);

  it('draws every chart as a native chart part, never as a picture', () => {
    expect(slideXml()).toHaveLength(slides);
    const charts = [...parts.keys()].filter((p) => /^ppt\/charts\/chart\d+\.xml$/.test(p));
    // NPS, journey, change, map, two driver charts and units at least.
    expect(charts.length).toBeGreaterThanOrEqual(7);
    for (const c of charts) expect(parts.get(c)).toMatch(/<c:(barChart|scatterChart)>/);
    expect(charts.some((c) => parts.get(c)!.includes('<c:scatterChart>'))).toBe(true);
    expect(charts.some((c) => parts.get(c)!.includes('<c:grouping val="stacked"/>'))).toBe(true);
    // Every chart part is referenced from a slide, and its data travels with it as a workbook.
    const rels = [...parts.entries()]
      .filter(([p]) => /^ppt\/slides\/_rels\//.test(p))
      .map(([, x]) => x)
      .join('');
    for (const c of charts) expect(rels).toContain(`/${c}"`);
    expect([...parts.keys()].filter((p) => /^ppt\/embeddings\/.*\.xlsx$/.test(p))).toHaveLength(
      charts.length,
    );
    for (const x of slideXml()) expect(x).not.toContain('<p:pic>');
    expect([...parts.keys()].filter((p) => /^ppt\/media\/.+\.\w+$/.test(p))).toEqual([]);
  });

  it('holds the report’s own numbers as the charts’ data', () => {
    const tp = model.sections.find((s) => s.id === 'touchpoints')!.blocks.find((b) => b.kind === 'chart');
    if (tp?.kind !== 'chart') throw new Error('no touchpoint chart');
    const want = (tp.spec.data.datasets[0]!.data as (number | null)[]).filter((v): v is number => v !== null);
    const xml = [...parts.entries()].find(
      ([p, x]) => /^ppt\/charts\/chart\d+\.xml$/.test(p) && x.includes('<c:v>Nettsiden</c:v>'),
    )?.[1];
    const val = /<c:val>([\s\S]*?)<\/c:val>/.exec(xml ?? '')?.[1] ?? '';
    const got = [...val.matchAll(/<c:v>([^<]+)<\/c:v>/g)].map((m) => Number(m[1]));
    expect(got).toHaveLength(want.length);
    got.forEach((v, i) => expect(v).toBeCloseTo(want[i]!, 9));
  });

  it('is 16:9 with a title on every slide and tables as native tables', () => {
    expect(parts.get('ppt/presentation.xml')).toMatch(/<p:sldSz cx="12192000" cy="6858000"/);
    const xs = slideXml();
    const tables = xs.filter((x) => x.includes('<a:tbl>'));
    expect(tables.length).toBeGreaterThanOrEqual(5);
    for (const x of xs.slice(1)) expect(x).toMatch(/<p:ph\s[^>]*type="title"/);
  });

  it('prints no text the PDF would not print (suppression marks, no n of a hidden group)', () => {
    // Longest first, so a sentence is taken out whole before any number inside it.
    const allowed = modelStrings(model)
      .flatMap((t) => t.split('\n'))
      .filter((t) => t.trim().length >= 4 || /\d/.test(t))
      .sort((a, b) => b.length - a.length);
    // Slide numbers are fields, not text of the report.
    const runs = slideXml().flatMap((x) => textRuns(x.replace(/<a:fld [\s\S]*?<\/a:fld>/g, '')));
    const unknown = runs
      .map((t) => t.replaceAll('\u200b', '').replace(/\s*\(\d+\/\d+\)$/, ''))
      .map((t) => allowed.reduce((rest, a) => rest.replaceAll(a, ' '), t))
      .filter((t) => /\d/.test(t));
    expect(unknown).toEqual([]);
    // The crossed table shows the suppression marker for its hidden cells.
    expect(runs).toContain('–');
  });

  it('carries the bases, the tests and what was hidden in the speaker notes', () => {
    const notes = [...parts.entries()]
      .filter(([p]) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(p))
      .map(([, x]) => textRuns(x).join(''))
      .join('\n');
    expect(notes).toMatch(/Grunnlag \(n\): Nettsiden 443/);
    expect(notes).toContain('Welch');
    expect(notes).toContain('Benjamini');
    expect(notes).toContain('Rediger data');
  });

  it.skipIf(!soffice)(
    'opens in LibreOffice Impress with every slide and its text',
    () => {
      const pdf = sofficeConvert(bytes, 'deck.pptx', 'pdf');
      const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
      expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1])).toBe(slides);
      const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
      for (const s of model.sections) expect(text).toContain(s.title.split(' ')[0]);
      expect(text).toContain('Nordlys Forsikring');
      expect(text).toContain('Saksbehandlingstid');
    },
    60_000,
  );
  if (!soffice)
    it.skip('LibreOffice (soffice) is not installed: the deck was not opened in Impress', () => {});
});

describe('the deck of a long journey', () => {
  it('paginates 30 touchpoints of 80 characters and shortens their labels', async () => {
    const { sampleDashboard } = await import('../../../../shared/charts/fixtures');
    const { buildReportModel } = await import('../../../../shared/report/model');
    const d = sampleDashboard();
    const base = d.touchpoints[0]!;
    d.touchpoints = Array.from({ length: 30 }, (_, i) => ({
      ...base,
      questionCode: `q${i}`,
      touchpointText: `Touchpoint ${i + 1}: ${'a very long description of what happened '.repeat(2)}`.slice(
        0,
        80,
      ),
      stageText: `Stage ${Math.floor(i / 5) + 1}`,
      n: i === 7 ? 3 : 200,
    }));
    const model = buildReportModel({
      meta: {
        client: 'Client',
        title: 'Study',
        anonymityK: 5,
        branding: { primaryColor: '#0b5', consultancy: '' },
      },
      wave: { year: 2025, label: '2025' },
      dashboard: d,
      lang: 'en',
      date: '2025-05-01',
    });
    const plans = planDeck(model, 5);
    const charts = plans.filter((p) => p.section === 'touchpoints' && p.body.kind === 'chart');
    expect(charts.length).toBeGreaterThanOrEqual(2);
    for (const p of charts) {
      if (p.body.kind !== 'chart' || p.body.chart.kind !== 'bar') throw new Error('expected bars');
      expect(p.body.chart.labels.length).toBeLessThanOrEqual(20);
      for (const l of p.body.chart.labels) expect(l.length).toBeLessThanOrEqual(60);
      expect(p.title).toMatch(/\(\d\/\d\)$/);
    }
    // The touchpoint under k is not in the chart, and its n appears nowhere.
    const labels = charts.flatMap((p) =>
      p.body.kind === 'chart' && p.body.chart.kind === 'bar' ? p.body.chart.labels : [],
    );
    expect(labels.some((l) => l.startsWith('Touchpoint 8:'))).toBe(false);
    const tables = plans.filter((p) => p.body.kind === 'table');
    const row8 = tables
      .flatMap((p) => (p.body.kind === 'table' ? p.body.rows : []))
      .find((r) => r.cells[0]!.startsWith('Touchpoint 8:'));
    expect(row8?.kind).toBe('suppressed');
    expect(row8?.cells).not.toContain('3');
    for (const p of tables) expect(p.body.kind === 'table' && p.body.rows.length).toBeLessThanOrEqual(19);
    expect(plans.flatMap((p) => p.notes).join(' ')).toContain('fewer than 5 answers');
  });
});
