import { describe, expect, it } from 'vitest';
import { sampleBreakdown, sampleCompare, sampleDrivers, sampleMap } from '../charts/analysis-fixtures';
import { sampleDashboard } from '../charts/fixtures';
import type { ReportAnalyses } from './analyses';
import { buildReportModel } from './model';
import type { FindingsBlock, QuotesBlock, ReportInputs, TextBlock } from './index';

/** The sample dashboard's touchpoints keyed like the analysis fixtures, so names resolve. */
function dashboard(): ReportInputs['dashboard'] {
  const d = sampleDashboard();
  const codes: Record<string, string> = { web: 'web', offer: 'price', deliv: 'claims', app: 'app' };
  d.touchpoints = d.touchpoints.map((t) => ({ ...t, questionCode: codes[t.questionCode] ?? t.questionCode }));
  return d;
}

function analyses(over: Partial<ReportAnalyses> = {}): ReportAnalyses {
  const comments = [
    ...Array.from({ length: 7 }, (_, i) => ({
      text: `Quick and friendly help with my claim, number ${i}.`,
      recommend: 10,
    })),
    ...Array.from({ length: 3 }, (_, i) => ({
      text: `The price went up again without a word, time ${i}.`,
      recommend: 2,
    })),
  ];
  return {
    waves: [
      { year: 2025, label: '2025', respondents: 400 },
      { year: 2026, label: '2026', respondents: 450 },
    ],
    compare: sampleCompare(),
    map: sampleMap(),
    driversSat: sampleDrivers(),
    driversNps: { suppressed: true, n: 3, k: 5, reason: 'below-k' },
    units: {
      variableText: 'Branch',
      tables: [sampleBreakdown()],
      summaries: [],
      crossed: null,
      crossedVariableText: null,
    },
    comments: { questionText: 'Why?', entries: comments },
    ...over,
  };
}

function model(a: ReportAnalyses, lang: ReportInputs['lang'] = 'en') {
  return buildReportModel({
    meta: {
      client: 'Nordkyst Strøm AS',
      title: 'Kundereisen',
      anonymityK: 5,
      branding: { primaryColor: '#0b6e4f', consultancy: 'Fjellvik' },
    },
    wave: { year: 2026, label: '2026' },
    dashboard: dashboard(),
    lang,
    date: '2026-04-20',
    analyses: a,
  });
}

const section = (m: ReturnType<typeof model>, id: string) => m.sections.find((s) => s.id === id);
const texts = (m: ReturnType<typeof model>, id: string) =>
  (section(m, id)?.blocks ?? [])
    .filter((b): b is TextBlock => b.kind === 'text')
    .map((b) => b.text)
    .join('\n');

describe('the full report model', () => {
  it('orders the chapters: overview, journey, change, map, drivers, units, comments, method; plain JSON', () => {
    const m = model(analyses());
    expect(m.sections.map((s) => s.id)).toEqual([
      'overview',
      'touchpoints',
      'change',
      'map',
      'drivers',
      'units',
      'comments',
      'method',
    ]);
    expect(JSON.parse(JSON.stringify(m))).toEqual(m);
  });

  it('opens with what changed (the test named, the driver share as the reason) and what to fix first', () => {
    const o = section(model(analyses()), 'overview')!;
    const [changes, priorities] = o.blocks.filter((b): b is FindingsBlock => b.kind === 'findings');
    expect(changes?.items.map((f) => [f.marker, f.title])).toEqual([
      ['up', 'Installation and delivery rose 11.0 index points, from 56 to 67'],
      ['down', 'Mobile app fell 10.0 index points, from 71 to 61'],
    ]);
    expect(changes?.items[0]?.detail).toBe(
      '50% of what explains overall satisfaction (driver 1 of 3). Welch t test, adjusted p < 0.001.',
    );
    expect(priorities?.items.map((f) => f.title)).toEqual(['Price offer']);
  });

  it('has no change chapter for a single wave and says when importance is derived', () => {
    const derived = {
      ...sampleMap(),
      importanceSource: 'derived' as const,
      importanceScale: { min: 0, max: 1 },
      crosshair: { performance: 70, importance: 0.2 },
    };
    derived.points = derived.points.map((p) => ({ ...p, importance: p.importance / 400 }));
    const m = model(analyses({ compare: null, map: derived }));
    expect(section(m, 'change')).toBeUndefined();
    expect(texts(m, 'map')).toContain('importance is derived from the answers');
    expect(texts(m, 'method')).toContain('because the study has no importance questions');
  });

  it('says a hidden driver analysis is hidden and shows the other', () => {
    const t = texts(model(analyses()), 'drivers');
    expect(t).toContain(
      'Claims handling matters most for overall satisfaction: 50% of the explained variance.',
    );
    expect(t).toContain('Not shown: the analysis rests on fewer than 5 respondents.');
  });

  it('quotes only groups of at least k comments, without ids, and never twice the same text', () => {
    const q = section(model(analyses()), 'comments')!.blocks.find(
      (b): b is QuotesBlock => b.kind === 'quotes',
    )!;
    expect(q.groups[0]?.quotes).toHaveLength(6);
    expect(new Set(q.groups[0]?.quotes).size).toBe(6);
    expect(q.groups[1]).toMatchObject({
      quotes: [],
      note: 'Detractors (0–6): fewer than 5 comments, not shown to protect anonymity.',
    });
  });

  it('ends with a method appendix: waves, k and complementary suppression, formulas, tests, drivers, missing values', () => {
    const m = model(analyses(), 'da');
    const t = texts(m, 'method');
    expect(section(m, 'method')?.title).toBe('Metodebilag');
    expect(t).toContain('Måling 2025: 400 respondenter; Måling 2026: 450 respondenter');
    expect(t).toContain('færre end 5 respondenter');
    expect(t).toContain('komplementær diskretionering');
    expect(t).toContain('√((p + d − (p − d)²) / n)');
    expect(t).toContain('100 · (gns. − min) / (maks − min)');
    expect(t).toContain('Benjamini–Hochberg');
    expect(t).toContain('Shapley-værdien af R²');
    expect(t).toContain('parvis udeladelse (n 291–451 pr. spørgsmålspar)');
  });
});
