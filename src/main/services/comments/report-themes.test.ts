import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { QuotesBlock, TableBlock } from '../../../shared/report/types';
import * as XLSX from 'xlsx';
import { studyTablesXlsx } from '../report/deliverables-service';
import { studyReportModelOf } from '../report/report-service';
import { buildSampleStudy } from '../sample/build-sample';
import { readCommentSet } from './records';
import { keyOf, setQuote } from './repo';

const resourcesDir = fileURLToPath(new URL('../../../../resources', import.meta.url));

function sample(): Database.Database {
  const path = join(mkdtempSync(join(tmpdir(), 'tp-report-themes-')), 's.tpstudy');
  buildSampleStudy(join(resourcesDir, 'sample'), path);
  return new Database(path);
}

const commentsOf = (db: Database.Database, lang: 'en' | 'nb' = 'en') => {
  const { model } = studyReportModelOf(db, { lang, date: '2026-04-20' });
  const section = model.sections.find((s) => s.id === 'comments')!;
  return {
    themes: section.blocks.find((b): b is TableBlock => b.kind === 'table' && b.id === 'comment-themes'),
    quotes: section.blocks.find((b): b is QuotesBlock => b.kind === 'quotes')!,
  };
};

describe('the comments chapter of the report', () => {
  it('shows the themes with their numbers, largest first, the test named', () => {
    const db = sample();
    const { themes } = commentsOf(db);
    expect(themes).toBeDefined();
    expect(themes!.rows).toHaveLength(8);
    const shares = themes!.rows.map((r) => Number(r.cells[2]!.replace(/[^\d]/g, '')));
    expect([...shares].sort((a, b) => b - a)).toEqual(shares);
    expect(themes!.note).toContain('NPS difference z');
    expect(themes!.note).toContain('2026');
    const nb = commentsOf(db, 'nb').themes!;
    expect(nb.title).toBe('Hva kommentarene handler om');
    expect(nb.rows.map((r) => r.cells[0])).toContain('Skade og oppgjør');
    db.close();
  });

  it("quotes the consultant's picks, and never a comment they hid", () => {
    const db = sample();
    const before = commentsOf(db).quotes.groups.find((g) => g.tone === 'detractors')!;
    expect(before.quotes.length).toBeGreaterThan(1);
    const set = readCommentSet(db);
    const wave = Math.max(...set.waves);
    const detractors = set.records.filter((r) => r.waveYear === wave && r.npsGroup === 'detractors');
    // Hide every comment that was sampled, then choose one other.
    const hiddenTexts = new Set(before.quotes);
    for (const r of detractors)
      if (hiddenTexts.has(r.text.replace(/\s+/g, ' ').trim())) setQuote(db, r, 'hidden');
    const after = commentsOf(db).quotes.groups.find((g) => g.tone === 'detractors')!;
    for (const q of after.quotes) expect(hiddenTexts.has(q)).toBe(false);
    const pick = detractors.find(
      (r) => !hiddenTexts.has(r.text.replace(/\s+/g, ' ').trim()) && r.text.length > 20,
    )!;
    setQuote(db, pick, 'chosen');
    const chosen = commentsOf(db).quotes.groups.find((g) => g.tone === 'detractors')!;
    expect(chosen.quotes).toEqual([pick.text.replace(/\s+/g, ' ').trim()]);
    expect(keyOf(pick)).toMatch(/^\d+\.\d+$/);
    db.close();
  });
});

describe('the coded comments in the Excel tables', () => {
  it('one row per comment with its themes and tone, in the report language', () => {
    const db = sample();
    const set = readCommentSet(db);
    const x = studyTablesXlsx(db, { lang: 'nb', date: '2026-04-20' });
    const wb = XLSX.read(x.bytes);
    expect(x.sheets).toContain('Kommentarer');
    const rows = XLSX.utils.sheet_to_json<(string | number)[]>(wb.Sheets['Kommentarer']!, { header: 1 });
    expect(rows[1]).toEqual([
      'Måling',
      'Spørsmål',
      'Enhet',
      'NPS-gruppe',
      'Temaer',
      'Tone (signal)',
      'Kommentar',
    ]);
    const data = rows.slice(2).filter((row) => typeof row[0] === 'number');
    expect(data.length).toBe(set.records.length);
    expect(data.some((row) => String(row[4]).includes('Skade og oppgjør'))).toBe(true);
    expect(data.every((row) => ['positiv', 'negativ', 'blandet', 'nøytral'].includes(String(row[5])))).toBe(
      true,
    );
    db.close();
  });
});
