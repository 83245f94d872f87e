import { describe, expect, it } from 'vitest';
import type { DashboardResult } from '../analysis/dashboard';
import { sampleDashboard } from '../charts/fixtures';
import { buildReportModel, reportFileName } from './model';
import type { ChartBlock, KpiBlock, ReportInputs, TableBlock } from './index';

function inputs(over: Partial<ReportInputs> = {}): ReportInputs {
  return {
    meta: {
      client: 'Nordkyst Strøm AS',
      title: 'Kundereisen',
      anonymityK: 5,
      branding: { primaryColor: '#0b6e4f', consultancy: 'Fjellvik Analyse' },
    },
    wave: { year: 2025, label: '2025' },
    dashboard: sampleDashboard(),
    lang: 'nb',
    date: '2025-11-22',
    ...over,
  };
}

const blocksOf = (m: ReturnType<typeof buildReportModel>, id: string) =>
  m.sections.find((s) => s.id === id)?.blocks ?? [];

describe('buildReportModel', () => {
  it('is plain data: it survives JSON (the renderer may run in another process)', () => {
    const m = buildReportModel(inputs());
    expect(JSON.parse(JSON.stringify(m))).toEqual(m);
  });

  it('puts client, title, wave and date on the cover, in the language', () => {
    const m = buildReportModel(inputs());
    expect(m.cover).toMatchObject({
      client: 'Nordkyst Strøm AS',
      title: 'Kundereisen',
      wave: 'Måling 2025',
      preparedBy: 'Utarbeidet av Fjellvik Analyse',
      date: '22. november 2025',
    });
    expect(buildReportModel(inputs({ wave: { year: 2025, label: 'Vår 2025' } })).cover.wave).toBe('Vår 2025');
  });

  it('leads with NPS (with its margin), satisfaction and n, formatted for the language', () => {
    const kpis = blocksOf(buildReportModel(inputs()), 'overview')[0] as KpiBlock;
    expect(kpis.items.map((k) => [k.value, k.detail])).toEqual([
      ['+23', 'feilmargin (95 %) ±7,1'],
      ['73', 'indeks 0–100 · snitt 3,92 på 1–5'],
      ['412', 'svar i 2025'],
    ]);
  });

  it('names the strongest and the weakest touchpoint, ignoring groups under k', () => {
    const blocks = blocksOf(buildReportModel(inputs({ lang: 'en' })), 'overview');
    const journey = blocks.filter((b): b is KpiBlock => b.kind === 'kpis')[1];
    expect(journey?.items.map((k) => k.detail)).toEqual([
      'Installation and delivery · index 0–100',
      'First invoice · index 0–100',
    ]);
  });

  it('says why a suppressed NPS is missing instead of printing a number', () => {
    const d: DashboardResult = { ...sampleDashboard(), nps: { suppressed: true, n: 3, k: 5 } };
    const m = buildReportModel(inputs({ dashboard: d, lang: 'en' }));
    const kpis = blocksOf(m, 'overview')[0] as KpiBlock;
    expect(kpis.items[0]).toMatchObject({
      value: '–',
      detail:
        'Fewer than 5 answers: results for groups this small are never shown, to keep respondents anonymous.',
      suppressed: true,
    });
    expect(blocksOf(m, 'overview').some((b) => b.kind === 'chart')).toBe(false);
  });

  it('gives the touchpoint section a chart and a table of the same numbers', () => {
    const blocks = blocksOf(buildReportModel(inputs({ lang: 'da' })), 'touchpoints');
    const chart = blocks.find((b): b is ChartBlock => b.kind === 'chart');
    const table = blocks.find((b): b is TableBlock => b.kind === 'table');
    expect(chart?.spec.options?.plugins?.valueLabels?.lang).toBe('da');
    const web = table?.rows.find((r) => r.cells[0] === 'Website and self-service');
    expect(web?.cells).toEqual(['Website and self-service', '68', '3,71', '3,57–3,85', '58\u00a0%', '388']);
    expect(table?.rows[0]).toEqual({ cells: ['Awareness', '', '', '', '', ''], kind: 'group' });
  });

  it('prints a touchpoint under k as suppressed, without its n', () => {
    const table = blocksOf(buildReportModel(inputs({ lang: 'en' })), 'touchpoints').find(
      (b): b is TableBlock => b.kind === 'table',
    );
    const chat = table?.rows.find((r) => r.cells[0] === 'Chat');
    expect(chat).toEqual({ cells: ['Chat', '–', '–', '–', '–', '< 5'], kind: 'suppressed' });
    expect(table?.note).toBe('– Not shown: fewer than 5 answers');
  });

  it('ends with a method note stating n, the wave, k and the NPS margin formula', () => {
    const text = blocksOf(buildReportModel(inputs({ lang: 'en' })), 'method')
      .map((b) => (b.kind === 'text' ? b.text : ''))
      .join('\n');
    expect(text).toContain('412 respondents in Wave 2025');
    expect(text).toContain('fewer than 5 respondents');
    expect(text).toContain('1.96 · 100 · √((p + d − (p − d)²) / n)');
  });

  it('runs the page footer through the language', () => {
    expect(buildReportModel(inputs({ lang: 'da' })).running.pageOf).toBe('Side {page} af {pages}');
  });
});

describe('reportFileName', () => {
  it('slugs client and title with the year', () => {
    expect(reportFileName('Nordkyst Strøm AS', 'Kundetilfredshet – Bedrift & Privat', 2025)).toBe(
      'nordkyst-strom-as-kundetilfredshet-bedrift-privat-2025.pdf',
    );
    expect(reportFileName('Ærø Færgen', 'Års-måling', 2024)).toBe('aero-faergen-ars-maling-2024.pdf');
  });
});
