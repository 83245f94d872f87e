import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Database as Db } from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { CHART_PLUGINS } from '../../../shared/charts/plugins';
import { languageFallback } from '../../../shared/report/language-coverage';
import { buildReportModel } from '../../../shared/report/model';
import { computeDashboard } from '../analysis/dashboard';
import { readQuestionnaire } from '../store/questionnaire-repo';
import { findWave, readStudyMeta } from '../store/study-repo';
import { gatherAnalyses } from './gather';
import { CHART_MAX_HEIGHT, chartPrintSize } from './pdf-document';
import type { StudyReport } from './report-service';
import { studyReportPdf } from './report-service';
import { makeStressStudy, STRESS_TOUCHPOINTS, STRESS_URL, stressName } from './stress-study';

const resourcesDir = fileURLToPath(new URL('../../../../resources', import.meta.url));
const A4_WIDTH = 595.28;

function hasTool(name: string): boolean {
  try {
    execFileSync(name, ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
const poppler = hasTool('pdftotext') && hasTool('pdfinfo') && hasTool('pdffonts');

function save(bytes: Buffer): string {
  const file = join(mkdtempSync(join(tmpdir(), 'tp-stress-pdf-')), 'r.pdf');
  writeFileSync(file, bytes);
  return file;
}
const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { encoding: 'utf8' });

/** Every word pdftotext finds, with its page and box (points). */
function words(file: string): { page: number; xMax: number; text: string }[] {
  const html = run('pdftotext', ['-bbox', file, '-']);
  return html
    .split('<page ')
    .slice(1)
    .flatMap((p, i) =>
      [...p.matchAll(/xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)</g)].map((m) => ({
        page: i + 1,
        xMax: Number(m[2]),
        text: m[3]!,
      })),
    );
}

let db: Db;
let nb: StudyReport;
let da: StudyReport;
let nbFile: string;
let daFile: string;

beforeAll(async () => {
  db = makeStressStudy(mkdtempSync(join(tmpdir(), 'tp-stress-')), 300).db;
  nb = await studyReportPdf(db, { lang: 'nb', resourcesDir, date: '2026-04-20' });
  da = await studyReportPdf(db, { lang: 'da', resourcesDir, date: '2026-04-20' });
  nbFile = save(nb.bytes);
  daFile = save(da.bytes);
}, 120_000);

describe.skipIf(!poppler)('the client report of a study built to break it', () => {
  it('wraps a 220-character URL: no word beyond the page, the detractors and their comments visible', () => {
    const all = words(nbFile);
    const beyond = all.filter((w) => w.xMax > A4_WIDTH);
    expect(beyond).toEqual([]);
    // Each comment column read on its own (pdftotext -x/-W crops): the URL is there in one piece.
    const column = (x: number, w: number) =>
      run('pdftotext', ['-x', String(x), '-y', '0', '-W', String(w), '-H', '842', nbFile, '-'])
        .replaceAll('\u200b', '')
        .replace(/\s+/g, '');
    expect(column(0, 300) + column(300, 296)).toContain(STRESS_URL);
    expect(all.some((w) => w.text.startsWith('KRITIKERE'))).toBe(true);
  });

  it('splits the touchpoint chart so no chart leaves the page and every touchpoint is drawn once', () => {
    const wave = findWave(db);
    const model = buildReportModel({
      meta: readStudyMeta(db),
      wave,
      dashboard: computeDashboard(db, { waveYear: wave.year, lang: 'en' }),
      analyses: gatherAnalyses(db, wave, 'en'),
      lang: 'en',
      date: '2026-04-20',
    });
    const charts = model.sections.flatMap((s) => s.blocks.filter((b) => b.kind === 'chart'));
    for (const c of charts) {
      // The image is printed at the size the chart was drawn for (no squeeze), within one page.
      expect((595.28 - 112) * (c.height / c.width), c.id).toBeLessThanOrEqual(CHART_MAX_HEIGHT);
      expect(chartPrintSize(c).height).toBeLessThanOrEqual(CHART_MAX_HEIGHT);
    }
    // The map's names are placed by the shared scatterLabels plugin (overlap-avoiding), which the
    // rasteriser registers with CHART_PLUGINS: one label per point on the map.
    const mapChart = charts.find((c) => c.id === 'map')!;
    expect(CHART_PLUGINS.map((p) => p.id)).toContain('scatterLabels');
    const placed = (
      mapChart.spec.options?.plugins as { scatterLabels?: { display?: boolean; labels?: unknown[][] } }
    ).scatterLabels;
    expect(placed?.display).toBe(true);
    // The first four datasets are the quadrants' points (the rest draw the crosshair).
    const points = mapChart.spec.data.datasets.slice(0, 4).reduce((n, d) => n + d.data.length, 0);
    expect(placed?.labels?.flat().filter(Boolean)).toHaveLength(points);
    const journey = charts.filter((c) => c.id.startsWith('touchpoints'));
    expect(journey.length).toBeGreaterThan(1);
    const labels = journey.flatMap((c) =>
      (c.spec.data.labels ?? []).map((l) => (Array.isArray(l) ? l.join(' ') : String(l))),
    );
    for (let i = 0; i < STRESS_TOUCHPOINTS; i++) {
      expect(
        labels.filter((l) => l.startsWith(`Touchpoint ${i + 1}:`)),
        `touchpoint ${i + 1}`,
      ).toHaveLength(1);
    }
    const table = model.sections
      .find((s) => s.id === 'touchpoints')!
      .blocks.find((b) => b.kind === 'table' && b.id === 'touchpoints');
    if (table?.kind !== 'table') throw new Error('no touchpoint table');
    for (let i = 0; i < STRESS_TOUCHPOINTS; i++)
      expect(table.rows.map((r) => r.cells[0])).toContain(stressName(i, 'en'));
  });

  it('embeds Noto Sans and prints the arrow and the emoji of a comment in Noto Emoji, not as boxes', () => {
    const fonts = run('pdffonts', [nbFile]);
    expect(fonts).toMatch(/NotoSans-Regular\s+CID TrueType\s+Identity-H\s+yes/);
    expect(fonts).toContain('NotoSansMath-Regular');
    expect(fonts).toMatch(/NotoEmoji-Regular\s+CID TrueType\s+Identity-H\s+yes/);
    expect(fonts).not.toContain('Roboto');
    const text = run('pdftotext', [nbFile, '-']);
    expect(text).toContain('2025 → 2026');
    // 😀 🎉 😡 come from Noto Emoji (the variation selector is dropped: it prints nothing).
    // (pdftotext interleaves the two comment columns, so each line is checked on its own.)
    expect(text).toContain('rådgiveren 😀👍 —');
    expect(text).toContain('samme dag 🎉');
    expect(text).toContain('feil 😡');
    expect(nb.droppedGlyphs).toBe(0);
  });

  it('says on the method page and to the maker that Danish texts fall back to English', () => {
    const qn = readQuestionnaire(db);
    expect(languageFallback(qn, 'nb')).toBeNull();
    expect(da.warnings).toHaveLength(1);
    expect(da.warnings[0]).toMatch(/missing in Danish; the report prints them in English/);
    expect(nb.warnings).toEqual([]);
    const text = run('pdftotext', [daFile, '-']).replace(/\s+/g, ' ');
    expect(text).toMatch(/findes ikke på dansk og er skrevet på engelsk: \d+ af \d+ tekster/);
  });

  it('keeps the summary on the first page in every language, with no heading alone at a page foot', async () => {
    const en = await studyReportPdf(db, { lang: 'en', resourcesDir, date: '2026-04-20' });
    for (const [file, chapter] of [
      [nbFile, 'Kontaktpunkter'],
      [daFile, 'Kontaktpunkter'],
      [save(en.bytes), 'Touchpoints'],
    ] as const) {
      const page2 = run('pdftotext', ['-f', '2', '-l', '2', file, '-']);
      // Line 1 is the running header; the next is the chapter after the summary.
      const lines = page2
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean);
      expect(lines[1]).toBe(chapter);
    }
  }, 60_000);

  it('leaves no heading alone at the foot of a page', () => {
    const wave = findWave(db);
    const model = buildReportModel({
      meta: readStudyMeta(db),
      wave,
      dashboard: computeDashboard(db, { waveYear: wave.year, lang: 'nb' }),
      analyses: gatherAnalyses(db, wave, 'nb'),
      lang: 'nb',
      date: '2026-04-20',
    });
    const headings = new Set(
      model.sections.flatMap((s) => [
        s.title,
        ...s.blocks.flatMap((b) =>
          b.kind === 'text' && b.style !== 'body' && b.style !== 'note' ? [b.text] : [],
        ),
      ]),
    );
    for (let page = 1; page <= nb.pages; page++) {
      const lines = run('pdftotext', ['-f', String(page), '-l', String(page), nbFile, '-'])
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l && !l.startsWith('Konfidensielt') && !/^Side \d+ av \d+$/.test(l));
      expect(headings.has(lines.at(-1) ?? ''), `page ${page} ends with "${lines.at(-1)}"`).toBe(false);
    }
  });

  it('uses one priority rule, shows stated beside derived importance, and says only what its numbers show', () => {
    const wave = findWave(db);
    const model = buildReportModel({
      meta: readStudyMeta(db),
      wave,
      dashboard: computeDashboard(db, { waveYear: wave.year, lang: 'en' }),
      analyses: gatherAnalyses(db, wave, 'en'),
      lang: 'en',
      date: '2026-04-20',
    });
    const map = model.sections.find((s) => s.id === 'map')!;
    const table = map.blocks.find((b) => b.kind === 'table' && b.id === 'priority');
    if (table?.kind !== 'table') throw new Error('no priority table');
    const order = ['Concentrate here', 'Keep up the good work', 'Low priority', 'Possible overkill'];
    const quadrants = table.rows.map((r) => order.indexOf(r.cells[2]!));
    expect(quadrants.every((q) => q >= 0)).toBe(true);
    // Ranked by the rule: a later rank is never in a quadrant that says it matters more.
    expect(quadrants).toEqual([...quadrants].sort((a, b) => a - b));
    expect(table.rows.map((r) => r.cells[0])).toEqual(table.rows.map((_, i) => String(i + 1)));
    expect(table.columns.map((c) => c.label)).toEqual(expect.arrayContaining(['Stated', 'Derived', 'n']));
    // Touchpoint 2 drives satisfaction most but is rated among the least important: shown as ≠.
    const tp2 = table.rows.find((r) => r.cells[1]!.startsWith('Touchpoint 2:'))!;
    expect(tp2.cells[4]).toMatch(/≠$/);
    expect(table.note).toContain('One priority rule');
    // Every "fix first" sentence is true of the averages it prints beside it.
    const overview = model.sections[0]!;
    const fix = overview.blocks.flatMap((b) => (b.kind === 'findings' ? b.items : []));
    const priorities = fix.filter((f) => f.marker === 'priority');
    expect(priorities.length).toBeGreaterThan(0);
    for (const f of priorities) {
      const m =
        /^Importance (\d+), above the touchpoints’ average of (\d+); performance (\d+), below their average of (\d+)\.$/.exec(
          f.detail,
        );
      expect(m, f.detail).not.toBeNull();
      expect(Number(m![1])).toBeGreaterThan(Number(m![2]));
      expect(Number(m![3])).toBeLessThan(Number(m![4]));
      const row = table.rows.find((r) => r.cells[1] === f.title)!;
      expect(row.cells[2]).toBe('Concentrate here');
    }
    // The change table gives n for each wave.
    const change = model.sections.find((s) => s.id === 'change')!.blocks.find((b) => b.kind === 'table');
    if (change?.kind !== 'table') throw new Error('no change table');
    expect(change.columns.map((c) => c.label)).toEqual(expect.arrayContaining(['n 2025', 'n 2026']));
    expect(change.rows.filter((r) => r.kind === 'data').every((r) => /^\d+$/.test(r.cells[3]!))).toBe(true);
    // Marks and intervals use the same adjustment: an interval leaves out 0 exactly when marked *.
    const num = (t: string) => Number(t.replace('−', '-').replace(',', '.'));
    const data = change.rows.filter((r) => r.kind === 'data');
    for (const r of data) {
      const [lo, hi] = r.cells[6]!.split(' … ').map(num) as [number, number];
      expect(lo > 0 || hi < 0, `${r.cells[0]}: ${r.cells[5]} ${r.cells[6]}`).toBe(r.cells[5]!.endsWith('*'));
    }
    expect(data.some((r) => r.cells[5]!.endsWith('*'))).toBe(true);
    expect(data.some((r) => !r.cells[5]!.endsWith('*'))).toBe(true);
    expect(change.columns[6]!.label).toMatch(/^\d+\.\d % CI$/);
    expect(change.note).toContain('false coverage rate (Benjamini–Yekutieli)');
  });

  it('gives every unit figure its base n and calls a unit highest or lowest, never best or weakest, without a test', () => {
    const wave = findWave(db);
    const a = gatherAnalyses(db, wave, 'en');
    const model = buildReportModel({
      meta: readStudyMeta(db),
      wave,
      dashboard: computeDashboard(db, { waveYear: wave.year, lang: 'en' }),
      analyses: a,
      lang: 'en',
      date: '2026-04-20',
    });
    const units = model.sections.find((s) => s.id === 'units')!;
    const table = (id: string) => {
      const t = units.blocks.find((b) => b.kind === 'table' && b.id === id);
      if (t?.kind !== 'table') throw new Error(`no table ${id}`);
      return t;
    };
    const base = table('units-n');
    expect(base.rows).toHaveLength(25);
    // Branches 22–25 have 2–4 respondents: neither score nor n is printed.
    expect(base.rows.filter((r) => r.kind === 'suppressed').map((r) => r.cells[2])).toEqual(
      Array(4).fill('–'),
    );
    expect(base.rows.filter((r) => r.kind === 'data').every((r) => /^\d+$/.test(r.cells[2]!))).toBe(true);
    for (const r of table('units-crossed').rows)
      for (const c of r.cells.slice(1)) expect(c).toMatch(/^(–|\d+ \(\d+\))$/);
    const best = table('units-best');
    expect(best.columns.map((c) => c.label)).toEqual(
      expect.arrayContaining(['Highest unit (n)', 'Lowest unit (n)']),
    );
    // The rows follow the summaries of the touchpoints; a * exactly where the unit's BH-adjusted
    // test against the other units is significant in the direction of the column.
    const touchpointCodes = new Set(
      model.sections[0]
        ? computeDashboard(db, { waveYear: wave.year, lang: 'en' }).touchpoints.map((t) => t.questionCode)
        : [],
    );
    const summaries = a.units!.summaries.filter((x) => touchpointCodes.has(x.question));
    expect(best.rows).toHaveLength(summaries.length);
    let stars = 0;
    summaries.forEach((sum, i) => {
      for (const [col, unit, dir] of [
        [1, sum.best, 1],
        [2, sum.worst, -1],
      ] as const) {
        const cell = best.rows[i]!.cells[col]!;
        const m = /^(.+) (\d+) \((\d+)\)( \*)?$/.exec(cell);
        expect(m, cell).not.toBeNull();
        expect(Number(m![3])).toBe(unit!.n);
        const t = a
          .units!.tables.find((x) => x.question === sum.question)!
          .groups.find((g) => g.code === unit!.code)!.test;
        const significant = t !== null && t.significant && Math.sign(t.diff) === dir;
        expect(m![4] !== undefined, cell).toBe(significant);
        if (significant) stars++;
      }
    });
    expect(stars).toBeLessThan(summaries.length * 2);
    expect(best.note).toMatch(/Benjamini–Hochberg adjusted p/);
  });

  it('prints fieldwork dates and response rate, and carries its language and title', () => {
    const text = run('pdftotext', [nbFile, '-']).replace(/\s+/g, ' ');
    expect(text).toContain('Feltarbeid: Måling 2025: 2. mars 2025 – 27. mars 2025');
    // 300 answered of the 1,300 invited to 2025; 2026's invitations are not recorded.
    expect(text).toMatch(
      /Svarprosent: Måling 2025: 23[\s\u00a0]?% \(300 svarte av 1[\s\u00a0]300 inviterte\); Måling 2026: ikke registrert/u,
    );
    // Tagged, with a structure tree to read: one P element per page under Document, holding the
    // page's text (pdf-tagged.ts), so a screen reader gets more than an empty tree.
    const info = run('pdfinfo', [nbFile]);
    expect(info).toMatch(/Tagged:\s+yes/);
    const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
    const struct = run('pdfinfo', ['-struct-text', nbFile]);
    expect(struct.split('\n')[0]).toBe('Document');
    expect(struct.match(/^ {2}P \(block\)$/gm)).toHaveLength(pages);
    expect(struct).toContain('Metodevedlegg');
    expect(struct).toContain('rådgiveren 😀👍');
    expect(nb.bytes.toString('latin1')).toMatch(/\/DisplayDocTitle true/);
    expect(nb.bytes.toString('latin1')).toMatch(/\/Lang \(nb-NO\)/);
    expect(da.bytes.toString('latin1')).toMatch(/\/Lang \(da-DK\)/);
  });
});
