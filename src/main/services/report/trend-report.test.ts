import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Database } from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TrendResult, TrendValue } from '../../../shared/analysis/trend';
import { analysisTaskSchemas } from '../../../shared/api/analysis';
import type { Analysed } from '../../../shared/api/analysis';
import { formatNumber, formatSigned } from '../../../shared/format';
import type { ReportSection, TableBlock } from '../../../shared/report/types';
import { runTask } from '../analysis/tasks';
import { makeTrendStudy } from '../analysis/test-study-trend';
import { makeTestStudy } from '../analysis/test-study';
import { studyReportModel, studyReportPptx } from './deliverables-service';
import { zipParts } from './pptx/office-test-utils';
import { studyReportPdf } from './report-service';

const resourcesDir = fileURLToPath(new URL('../../../../resources', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'tp-trend-report-'));

describe('the trend chapter of the report (three waves)', () => {
  let db: Database;
  let trend: TrendResult;
  let section: ReportSection;
  beforeAll(() => {
    db = makeTrendStudy(mkdtempSync(join(dir, 's-'))).db;
    const input = analysisTaskSchemas.trend.parse({ studyId: 'x', lang: 'en' });
    trend = (runTask(db, { op: 'trend', input }) as Analysed<TrendResult>).result as TrendResult;
    section = studyReportModel(db, { lang: 'en', date: '2027-05-01' }).model.sections.find(
      (s) => s.id === 'trend',
    )!;
  });

  it('prints every KPI and touchpoint by wave with the numbers of analysis/trend', () => {
    expect(section.title).toBe('Trend over all waves');
    const table = section.blocks.find((b): b is TableBlock => b.kind === 'table' && b.id === 'trend')!;
    expect(table.columns.map((c) => c.label)).toEqual([
      'Touchpoint',
      '2025',
      '2026',
      '2027',
      'vs 2026',
      'vs 2025 (first)',
    ]);
    const series = [...trend.kpis, ...trend.touchpoints];
    expect(table.rows).toHaveLength(series.length);
    series.forEach((s, i) => {
      const cells = table.rows[i]!.cells;
      s.waves.forEach((w, j) => {
        const v = (w as TrendValue).value;
        expect(cells[1 + j]).toBe(s.unit === 'nps' ? formatSigned(v, 'en', 0) : formatNumber(v, 'en', 0));
      });
      const last = s.waves[2] as TrendValue;
      expect(cells[4]).toBe(
        `${formatSigned(last.vsPrevious!.diff, 'en', 1)}${last.vsPrevious!.significant ? ' *' : ''}`,
      );
      expect(cells[5]).toBe(
        `${formatSigned(last.vsFirst!.diff, 'en', 1)}${last.vsFirst!.significant ? ' *' : ''}`,
      );
    });
    // Web was reworded in 2027: marked in its row and explained in the note, which names the tests.
    expect(table.rows[3]!.cells[0]).toBe('Web †');
    expect(table.note).toContain('Welch t test');
    expect(table.note).toContain('z test for NPS differences');
    expect(table.note).toContain('Benjamini–Hochberg');
    expect(table.note).toContain('† Asked with other wording');
  });

  it('draws the index KPIs and NPS as line charts with the significant changes marked and named', () => {
    const charts = section.blocks.filter((b) => b.kind === 'chart');
    expect(charts.map((c) => c.id)).toEqual(['trend-index', 'trend-nps']);
    const spec = charts[0]!.kind === 'chart' ? charts[0]!.spec : null;
    expect(spec!.type).toBe('line');
    const sat = (spec!.data.datasets[0]!.data as (number | null)[]).map((v) => v!);
    expect(sat).toEqual(trend.kpis[0]!.waves.map((w) => (w as TrendValue).value));
    const texts = section.blocks.flatMap((b) => (b.kind === 'text' ? [b.text] : []));
    expect(
      texts.some((t) =>
        /Significant changes against the previous wave: .*Overall satisfaction 2027 ▲/.test(t),
      ),
    ).toBe(true);
  });

  it('the PDF has the chapter, and the deck a native line chart with the same numbers', async () => {
    const pdf = await studyReportPdf(db, { lang: 'en', resourcesDir, date: '2027-05-01' });
    expect(pdf.pages).toBeGreaterThan(3);
    writeFileSync(join(dir, 'trend.pdf'), pdf.bytes);
    const deck = await studyReportPptx(db, { lang: 'en', date: '2027-05-01' });
    const parts = zipParts(deck.bytes);
    const lines = [...parts.entries()].filter(
      ([p, x]) => /^ppt\/charts\/chart\d+\.xml$/.test(p) && x.includes('<c:lineChart>'),
    );
    expect(lines).toHaveLength(2);
    const sat = trend.kpis[0]!.waves.map((w) => (w as TrendValue).value);
    for (const v of sat) expect(lines.some(([, x]) => x.includes(`<c:v>${v}</c:v>`))).toBe(true);
  });

  it('a study with two waves has no trend chapter (the change chapter covers it)', () => {
    const two = makeTestStudy(mkdtempSync(join(dir, 't-'))).db;
    const model = studyReportModel(two, { lang: 'en', date: '2027-05-01' }).model;
    expect(model.sections.map((s) => s.id)).not.toContain('trend');
    expect(model.sections.map((s) => s.id)).toContain('change');
  });
});
