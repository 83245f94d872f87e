import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildReportModel } from '../../../shared/report/model';
import { computeDashboard } from '../analysis/dashboard';
import type { Api } from '../import/test-helpers';
import { api, b64, tempDir } from '../import/test-helpers';
import { addQuestion, addStage, addTouchpoint } from '../store/questionnaire-repo';
import { findWave, readStudyMeta } from '../store/study-repo';
import { createStudyFile } from '../study/study-service';
import { gatherAnalyses } from './gather';

const resourcesDir = fileURLToPath(new URL('../../../../resources', import.meta.url));
const poppler = (() => {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

/**
 * 40 respondents, k = 5: region North has branches N1 (18) and N2 (2), South has S1 (20); the 18 of
 * N1 answered by web, the rest by telephone. So REGION=North and CHANNEL=Web are both allowed on
 * their own, but their difference is N2's two people.
 * Every respondent rated the web shop 4: the drivers cannot use it (and the report says so).
 */
function makeStudy(dir: string): string {
  const path = join(dir, 'small-branch.tpstudy');
  const db = createStudyFile(path, { client: 'Fjordbank', title: 'CX', languages: ['en'] });
  const stage = addStage(db, { en: 'Service' });
  const perf = (code: string, name: string) =>
    addQuestion(db, {
      code,
      touchpointId: addTouchpoint(db, stage, { en: name }),
      type: 'rating',
      role: 'performance',
      scale: { kind: 'range', min: 1, max: 5 },
      texts: { en: name },
    });
  perf('WEB', 'Web shop');
  perf('PHONE', 'Phone');
  addQuestion(db, {
    code: 'SAT',
    type: 'rating',
    role: 'outcome-satisfaction',
    scale: { kind: 'range', min: 1, max: 10 },
    texts: { en: 'Overall satisfaction' },
  });
  const choice = (codes: [string, string][]) => ({
    kind: 'choice' as const,
    options: codes.map(([code, en]) => ({ code, texts: { en } })),
  });
  addQuestion(db, {
    code: 'REGION',
    type: 'single',
    role: 'segment',
    scale: choice([
      ['N', 'North'],
      ['S', 'South'],
    ]),
    texts: { en: 'Region' },
  });
  addQuestion(db, {
    code: 'BRANCH',
    type: 'single',
    role: 'segment',
    scale: choice([
      ['N1', 'Tromsø'],
      ['N2', 'Alta'],
      ['S1', 'Oslo'],
    ]),
    texts: { en: 'Branch' },
  });
  addQuestion(db, {
    code: 'CHANNEL',
    type: 'single',
    role: 'segment',
    scale: choice([
      ['W', 'Web'],
      ['T', 'Telephone'],
    ]),
    texts: { en: 'Channel' },
  });
  db.close();
  return path;
}

function csv(): string {
  const rows = ['id,WEB,PHONE,SAT,REGION,BRANCH,CHANNEL'];
  for (let i = 0; i < 40; i++) {
    const branch = i < 18 ? 'N1' : i < 20 ? 'N2' : 'S1';
    const region = branch === 'S1' ? 'S' : 'N';
    const phone = 1 + (i % 5);
    rows.push(
      `r${i},4,${phone},${Math.min(10, 2 * phone + (i % 3))},${region},${branch},${branch === 'N1' ? 'W' : 'T'}`,
    );
  }
  return rows.join('\n');
}

const dir = tempDir();
let a: Api;
let studyId: string;
let path: string;
beforeAll(async () => {
  path = makeStudy(dir);
  a = api(dir);
  Object.assign(a.ctx, { resourcesDir }); // the report needs the fonts
  studyId = (await a.call('study/open', { path })).studyId;
  await a.call('import/commit', {
    studyId,
    file: { name: 'wave.csv', base64: b64(csv()) },
    waveYear: 2026,
    onError: 'abort',
  });
});
afterAll(() => a.close());

const NORTH = [{ variable: 'REGION', values: ['N'] }];
const WEB = [{ variable: 'CHANNEL', values: ['W'] }];

describe('the PDF report under the screen’s anonymity and differencing rules', () => {
  it('refuses a report for a filter that leaves out fewer than k respondents (N1 + S1 = all but 2)', async () => {
    const r = await a.raw('report/pdf', { studyId, filter: [{ variable: 'BRANCH', values: ['N1', 'S1'] }] });
    expect(r).toMatchObject({ ok: false, error: { code: 'REPORT_FILTER_REFUSED', details: { k: 5 } } });
    expect(JSON.stringify(r)).not.toMatch(/"n":\s*2\b|38/);
  });

  it('refuses a report whose group differs from one already shown by a group of 2, and the reverse', async () => {
    const shown = await a.call('analysis/analyze', { studyId, filter: NORTH });
    expect(shown.filter).toMatchObject({ n: 20 });
    const r = await a.raw('report/pdf', { studyId, filter: WEB });
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'REPORT_FILTER_REFUSED', details: { reason: 'differencing' } },
    });
    // The refused report released nothing: the screen may still show North again (difference 0) …
    expect((await a.call('analysis/analyze', { studyId, filter: NORTH })).filter).toMatchObject({ n: 20 });
    // … and a report for North itself is the same group, so it is made.
    const north = await a.call('report/pdf', { studyId, filter: NORTH, lang: 'en' });
    expect(north.pages).toBeGreaterThan(1);
    if (poppler) {
      const f = join(dir, 'north.pdf');
      writeFileSync(f, Buffer.from(north.base64, 'base64'));
      const text = execFileSync('pdftotext', ['-layout', f, '-']).toString('utf8').replace(/\s+/g, ' ');
      expect(text).toContain('This report covers one group only: Region: North (20 respondents).');
      // Within North, Alta (2) is hidden and so is the next-smallest unit, not shown by its n.
      expect(text).not.toMatch(/Alta[^·]*\b2\b/);
    }
    const after = await a.call('analysis/analyze', { studyId, filter: WEB });
    expect(after.result).toMatchObject({ suppressed: true, reason: 'differencing' });
    // The reverse, in a fresh session: the report is released first, then the screen is refused.
    const b = api(dir);
    Object.assign(b.ctx, { resourcesDir });
    try {
      const id = (await b.call('study/open', { path })).studyId;
      await b.call('report/pdf', { studyId: id, filter: NORTH });
      const screen = await b.call('analysis/analyze', { studyId: id, filter: WEB });
      expect(screen.result).toMatchObject({ suppressed: true, reason: 'differencing' });
      expect(screen.filter).toMatchObject({ n: null });
    } finally {
      b.close();
    }
  }, 30_000);

  it('shows no hidden unit’s n in the units chapter, and says why a chapter is left out', async () => {
    const s = a.ctx.sessions.get(studyId);
    const wave = findWave(s.db, 2026);
    const analyses = gatherAnalyses(s.db, wave, 'en');
    expect(analyses.omitted).toContainEqual({ chapter: 'drivers', reason: 'ANALYSIS_NO_VARIANCE' });
    const model = buildReportModel({
      meta: readStudyMeta(s.db),
      wave: { year: 2026, label: '2026' },
      dashboard: computeDashboard(s.db, { waveYear: 2026, lang: 'en' }),
      analyses,
      lang: 'en',
      date: '2026-12-02',
    });
    const drivers = model.sections.find((x) => x.id === 'drivers-omitted');
    expect(drivers?.title).toBe('Key drivers');
    expect(drivers?.blocks[0]).toMatchObject({
      kind: 'text',
      text: 'This chapter is left out: a touchpoint was rated the same by every respondent, so nothing can be explained by it.',
    });
    const units = model.sections.find((x) => x.id === 'units');
    const tables = (units?.blocks ?? []).filter((b) => b.kind === 'table');
    expect(tables.length).toBeGreaterThan(0);
    for (const t of tables) {
      if (t.kind !== 'table') continue;
      for (const row of t.rows.filter((r) => r.cells[0]?.includes('Alta'))) {
        expect(row.cells.slice(1).join(' '), JSON.stringify(row)).not.toMatch(/\d/);
      }
    }
    expect(JSON.stringify(model)).not.toMatch(/Alta[^"]*\(n = 2\)|"Alta","2"/);
  });

  it('prints the left-out notice in the PDF', async () => {
    if (!poppler) return;
    const pdf = await a.call('report/pdf', { studyId, lang: 'en' });
    const f = join(dir, 'whole.pdf');
    writeFileSync(f, Buffer.from(pdf.base64, 'base64'));
    const text = execFileSync('pdftotext', ['-layout', f, '-']).toString('utf8').replace(/\s+/g, ' ');
    expect(text).toContain('This chapter is left out: a touchpoint was rated the same by every respondent');
  }, 30_000);
});
