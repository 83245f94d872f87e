import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { isSuppressed } from '../../../shared/analysis/dashboard';
import { buildSampleStudy } from '../sample/build-sample';
import { findWave } from '../store/study-repo';
import { gatherAnalyses } from './gather';
import { studyReportPdf } from './report-service';

const resourcesDir = fileURLToPath(new URL('../../../../resources', import.meta.url));

function hasTool(name: string): boolean {
  try {
    execFileSync(name, ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
const poppler = hasTool('pdftotext') && hasTool('pdfinfo');

function sampleStudy(): string {
  const path = join(mkdtempSync(join(tmpdir(), 'tp-full-report-')), 'sample.tpstudy');
  buildSampleStudy(join(resourcesDir, 'sample'), path);
  return path;
}

function pdfText(bytes: Buffer): { text: string; pages: number } {
  const file = join(mkdtempSync(join(tmpdir(), 'tp-full-pdf-')), 'r.pdf');
  writeFileSync(file, bytes);
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return { text: text.replaceAll('\u00a0', ' '), pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1]) };
}

describe('the full client report of the sample study', () => {
  it.skipIf(!poppler)(
    'holds the map, the drivers, the units with a suppressed cell and the method appendix',
    async () => {
      const db = new Database(sampleStudy());
      const r = await studyReportPdf(db, { lang: 'nb', resourcesDir, date: '2026-04-20' });
      const { text, pages } = pdfText(r.bytes);
      expect(pages).toBe(r.pages);
      expect(text).toContain(`Side ${pages} av ${pages}`);
      // The map's quadrants, as the priority list names them (read in content order: a quadrant's
      // name may wrap in its table cell).
      const raw = execFileSync('pdftotext', ['-raw', '-', '-'], { input: r.bytes, encoding: 'utf8' }).replace(
        /\s+/g,
        ' ',
      );
      for (const q of [
        'Konsentrer innsatsen her',
        'Fortsett det gode arbeidet',
        'Lav prioritet',
        'Mulig overinnsats',
      ])
        expect(raw).toContain(q);
      // The top driver of overall satisfaction in the sample is claims handling time.
      expect(text).toMatch(/Saksbehandlingstid betyr mest for total tilfredshet/);
      expect(text).toContain('Bergen');
      // What changed, with the test named.
      expect(text).toContain('Hva har endret seg siden 2025');
      expect(text).toMatch(/Welch t-test, justert p/);
      // Molde is a small branch: crossed with customer type, its small cells are suppressed ("–").
      expect(text).toMatch(/Molde\s+\d+ \(\d+\)\s+–\s+–\s+\d+ \(\d+\)/);
      expect(text).toContain('vises ikke: færre enn 5 svar');
      // The method appendix states the NPS margin formula, BH and the driver method.
      expect(text).toContain('√((p + d − (p − d)²) / n)');
      expect(text).toContain('Benjamini–Hochberg');
      expect(text).toContain('Shapley');
      expect(text).toContain('Måling 2025: 420 respondenter');
      // Comments are grouped; no respondent id (the sample's are 2026xxxx) is printed.
      expect(text).toContain('AMBASSADØRER (9–10)');
      expect(text).not.toMatch(/2026\d{4}/);
      // In Danish (longer words) too the summary stays on page one: page 2 opens the next chapter.
      const da = await studyReportPdf(db, { lang: 'da', resourcesDir, date: '2026-04-20' });
      const file = join(mkdtempSync(join(tmpdir(), 'tp-full-pdf-')), 'da.pdf');
      writeFileSync(file, da.bytes);
      const page2 = execFileSync('pdftotext', ['-f', '2', '-l', '2', file, '-'], { encoding: 'utf8' });
      expect(
        page2
          .split('\n')
          .map((l) => l.trim())
          .filter(Boolean)[1],
      ).toBe('Kontaktpunkter');
      db.close();
    },
    40_000,
  );

  it('leaves out the change chapter for one wave and derives importance without importance questions', () => {
    const db = new Database(sampleStudy());
    db.pragma('foreign_keys = ON');
    db.prepare("DELETE FROM question WHERE role = 'importance'").run();
    db.prepare('DELETE FROM respondent WHERE wave_id = (SELECT id FROM wave WHERE year = 2025)').run();
    db.prepare(
      'UPDATE imported_file SET wave_id = NULL WHERE wave_id = (SELECT id FROM wave WHERE year = 2025)',
    ).run();
    db.prepare('DELETE FROM wave WHERE year = 2025').run();
    const a = gatherAnalyses(db, findWave(db), 'en');
    expect(a.compare).toBeNull();
    expect(a.waves.map((w) => w.year)).toEqual([2026]);
    const map = a.map;
    if (!map || isSuppressed(map)) throw new Error('the map should be shown');
    expect(map.importanceSource).toBe('derived');
    expect(map.points.length).toBeGreaterThan(5);
    db.close();
  });

  it('hides every unit when k is above each unit size, and says so', () => {
    const db = new Database(sampleStudy());
    db.prepare('UPDATE study SET anonymity_k = 100 WHERE id = 1').run();
    const a = gatherAnalyses(db, findWave(db), 'en');
    const sat = a.units?.tables.find((t) => t.question === 'SAT');
    expect(sat?.groups.filter((g) => g.code !== null).every((g) => isSuppressed(g.result))).toBe(true);
    expect(a.comments?.entries.length).toBeGreaterThan(0);
    db.close();
  });
});
