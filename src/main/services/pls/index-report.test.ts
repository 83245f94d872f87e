import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { isSuppressed } from '../../../shared/analysis/dashboard';
import type { ChartBlock, TableBlock } from '../../../shared/report/types';
import { studyReportPptx } from '../report/deliverables-service';
import { textRuns, zipParts } from '../report/pptx/office-test-utils';
import { studyReportModelOf } from '../report/report-service';
import { buildSampleStudy } from '../sample/build-sample';
import { plsIndex } from './store';

const BERGEN = '5';
const resourcesDir = fileURLToPath(new URL('../../../../resources', import.meta.url));

describe('the EPSI-style index in the report and the deck', () => {
  it('a chapter with the index, its interval, the change since last wave and the impacts, as analysis/plsIndex', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'tp-index-report-')), 's.tpstudy');
    buildSampleStudy(join(resourcesDir, 'sample'), path);
    const db = new Database(path);
    const { model } = studyReportModelOf(db, { lang: 'en', date: '2026-04-20' });
    const chapter = model.sections.find((s) => s.id === 'index')!;
    expect(chapter.title).toBe('Satisfaction index (EPSI model)');
    const direct = plsIndex(db, { waveYear: 2026 });
    if (isSuppressed(direct.result)) throw new Error('the sample index is hidden');
    const lead = chapter.blocks[0]!;
    expect(lead.kind === 'text' && lead.text).toContain(
      `Customer satisfaction: ${direct.result.index!.value.toFixed(1)} on a 0–100 scale`,
    );
    expect(chapter.blocks.some((b) => b.kind === 'text' && b.text.startsWith('Change since 2025:'))).toBe(
      true,
    );
    const table = chapter.blocks.find(
      (b): b is TableBlock => b.kind === 'table' && b.id === 'index-impacts',
    )!;
    expect(table.rows.map((r) => r.cells[0])).toEqual(
      [...direct.result.ipma!]
        .sort((a, b) => b.importance - a.importance)
        .map(
          (m) => ({ Advice: 'Awareness & advice', Service: 'Service & contact' })[m.construct] ?? m.construct,
        ),
    );
    // the IPMA map: each driver at (importance, performance) as analysis/plsIndex gives them
    const map = chapter.blocks.find((b): b is ChartBlock => b.kind === 'chart' && b.id === 'index-ipma')!;
    expect(map.alt).toBe('Importance–performance map (index)');
    const points = map.spec.data.datasets
      .filter((d) => !('showLine' in d && d.showLine))
      .flatMap((d) => d.data as { x: number; y: number }[]);
    expect(points).toHaveLength(direct.result.ipma!.length);
    for (const m of direct.result.ipma!) expect(points).toContainEqual({ x: m.importance, y: m.performance });
    // each branch's index, as analysis/plsIndex gives it by unit: the same figures, hidden ones as hidden
    const byUnit = plsIndex(db, { waveYear: 2026, byUnit: 'BRANCH' }).byUnit!;
    const units = chapter.blocks.find((b): b is TableBlock => b.kind === 'table' && b.id === 'index-units')!;
    expect(units.title).toBe('Index by Branch office');
    expect(units.rows).toHaveLength(byUnit.units.length);
    expect(units.rows.length).toBeGreaterThan(3);
    byUnit.units.forEach((u, i) => {
      const row = units.rows[i]!;
      expect(row.cells[0]).toBe(u.label);
      if (isSuppressed(u.result)) {
        expect(row.kind).toBe('suppressed');
        expect(row.cells[1]).not.toMatch(/\d/);
      } else {
        expect(row.cells[1]).toBe(u.result.index.toFixed(1));
        expect(row.cells[2]).toBe(String(u.result.n));
      }
    });
    const deck = await studyReportPptx(db, { lang: 'en', date: '2026-04-20' });
    const text = [...zipParts(deck.bytes).entries()]
      .filter(([name]) => /slides\/slide\d+\.xml$/.test(name))
      .flatMap(([, xml]) => textRuns(xml))
      .join(' ');
    expect(text).toContain('Satisfaction index (EPSI model)');
    expect(text).toContain('Impact of +1 point');
    expect(text).toContain('Index by Branch office');
    // the map is a native chart of the deck, with the IPMA axes
    const charts = [...zipParts(deck.bytes).entries()]
      .filter(([name]) => /charts\/chart\d+\.xml$/.test(name))
      .map(([, xml]) => xml);
    expect(charts.some((xml) => xml.includes('Importance (index points per point more)'))).toBe(true);
    db.close();
  });

  it("a report for one branch: the chapter is that branch's index, as analysis/plsIndex under the same filter", () => {
    const path = join(mkdtempSync(join(tmpdir(), 'tp-index-report-f-')), 's.tpstudy');
    buildSampleStudy(join(resourcesDir, 'sample'), path);
    const db = new Database(path);
    const filter = [{ variable: 'BRANCH', values: [BERGEN] }];
    const { model } = studyReportModelOf(db, { lang: 'en', date: '2026-04-20', filter });
    const chapter = model.sections.find((s) => s.id === 'index')!;
    const direct = plsIndex(db, { waveYear: 2026, filter });
    const whole = plsIndex(db, { waveYear: 2026 });
    if (isSuppressed(direct.result) || isSuppressed(whole.result)) throw new Error('hidden');
    expect(direct.result.index!.value).not.toBeCloseTo(whole.result.index!.value, 1);
    const lead = chapter.blocks[0]!;
    expect(lead.kind === 'text' && lead.text).toContain(
      `Customer satisfaction: ${direct.result.index!.value.toFixed(1)} on a 0–100 scale`,
    );
    const impacts = chapter.blocks.find(
      (b): b is TableBlock => b.kind === 'table' && b.id === 'index-impacts',
    )!;
    expect(impacts.note).toContain('estimated on the respondents this report is for');
    db.close();
  });

  it('names the constructs and the units in the report language', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'tp-index-report-')), 's.tpstudy');
    buildSampleStudy(join(resourcesDir, 'sample'), path);
    const db = new Database(path);
    const names = (lang: 'nb' | 'da') => {
      const chapter = studyReportModelOf(db, { lang, date: '2026-04-20' }).model.sections.find(
        (s) => s.id === 'index',
      )!;
      const table = chapter.blocks.find((b): b is TableBlock => b.kind === 'table')!;
      const units = chapter.blocks.find((b): b is TableBlock => b.kind === 'table' && b.id === 'index-units');
      const lead = chapter.blocks[0]!;
      return {
        lead: lead.kind === 'text' ? lead.text : '',
        rows: table.rows.map((r) => r.cells[0]).sort(),
        units: units?.title,
      };
    };
    const nb = names('nb');
    expect(nb.lead).toMatch(/^.*Kundetilfredshet: \d+,\d/);
    expect(nb.rows).toEqual([
      'Informasjon og råd',
      'Service og kontakt',
      'Skadeoppgjør',
      'Velkommen som kunde',
    ]);
    expect(nb.units).toBe('Indeks etter Avdelingskontor');
    const da = names('da');
    expect(da.lead).toContain('Kundetilfredshed:');
    expect(da.rows).toEqual([
      'Information og rådgivning',
      'Service og kontakt',
      'Skadebehandling',
      'Velkommen som kunde',
    ]);
    const deck = await studyReportPptx(db, { lang: 'nb', date: '2026-04-20' });
    const text = [...zipParts(deck.bytes).entries()]
      .filter(([name]) => /slides\/slide\d+\.xml$/.test(name))
      .flatMap(([, xml]) => textRuns(xml))
      .join(' ');
    expect(text).toContain('Skadeoppgjør');
    expect(text).toContain('Kundetilfredshet');
    expect(text).toContain('Indeks etter Avdelingskontor');
    db.close();
  });
});
