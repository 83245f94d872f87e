import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Database } from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { ServiceContext } from '../api/context';
import { addQuestion, addStage, addTouchpoint } from '../store/questionnaire-repo';
import type { RespondentInput } from '../store/responses-repo';
import { insertRespondents } from '../store/responses-repo';
import { ensureWave } from '../store/study-repo';
import { StudySessions } from '../study/sessions';
import { createStudyFile } from '../study/study-service';
import { reportHandlers } from './handlers';
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
if (!poppler)
  console.warn(
    'report-service.test: pdftotext/pdfinfo missing (apt-get install poppler-utils); PDF text checks skipped',
  );

// 40 invented respondents: NPS answers with 16 promoters, 14 passives, 10 detractors → NPS +15.
const NPS = [...Array<number>(16).fill(9), ...Array<number>(14).fill(8), ...Array<number>(10).fill(5)];
const WEB = Array.from({ length: 40 }, (_, i) => 1 + (i % 5)); // mean 3
const PHONE = Array.from({ length: 40 }, (_, i) => (i % 4 === 0 ? 3 : 4)); // mean 3.75
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

function makeStudy(): { db: Database; path: string } {
  const path = join(mkdtempSync(join(tmpdir(), 'tp-report-')), 'fjordlys.tpstudy');
  const db = createStudyFile(path, {
    client: 'Fjordlys Energi',
    title: 'Kundereisen',
    languages: ['nb', 'en'],
  });
  const buy = addStage(db, { en: 'Purchase', nb: 'Kjøp' });
  const help = addStage(db, { en: 'Support', nb: 'Kundeservice' });
  const web = addQuestion(db, {
    code: 'WEB',
    touchpointId: addTouchpoint(db, buy, { en: 'Web shop', nb: 'Nettbutikken' }),
    type: 'rating',
    role: 'performance',
    scale: { kind: 'range', min: 1, max: 5 },
    texts: { en: 'Web shop', nb: 'Nettbutikken' },
  });
  const phone = addQuestion(db, {
    code: 'PHONE',
    touchpointId: addTouchpoint(db, help, { en: 'Phone', nb: 'Telefon' }),
    type: 'rating',
    role: 'performance',
    scale: { kind: 'range', min: 1, max: 5 },
    texts: { en: 'Phone', nb: 'Telefon' },
  });
  const nps = addQuestion(db, {
    code: 'NPS',
    type: 'nps',
    role: 'outcome-recommend',
    scale: { kind: 'range', min: 0, max: 10 },
    texts: { en: 'Recommend', nb: 'Anbefale' },
  });
  const wave = ensureWave(db, 2025);
  const rows: RespondentInput[] = NPS.map((v, i) => ({
    externalId: `r${i}`,
    answers: new Map([
      [nps, { value: v, text: null, missing: 0 as const }],
      [web, { value: WEB[i] ?? null, text: null, missing: 0 as const }],
      [phone, { value: PHONE[i] ?? null, text: null, missing: 0 as const }],
    ]),
  }));
  db.transaction(() => insertRespondents(db, wave, null, rows))();
  return { db, path };
}

function pdfText(bytes: Buffer): { text: string; pages: number } {
  const file = join(mkdtempSync(join(tmpdir(), 'tp-pdf-')), 'r.pdf');
  writeFileSync(file, bytes);
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return { text: text.replaceAll('\u00a0', ' '), pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1]) };
}

describe('studyReportPdf', () => {
  it.skipIf(!poppler)(
    'prints NPS, margin and touchpoint numbers in Norwegian format, with the real page count',
    async () => {
      const { db } = makeStudy();
      const r = await studyReportPdf(db, { lang: 'nb', resourcesDir, date: '2025-11-22' });
      expect(r.name).toBe('fjordlys-energi-kundereisen-2025.pdf');
      expect(r.bytes.subarray(0, 5).toString()).toBe('%PDF-');
      const { text, pages } = pdfText(r.bytes);
      expect(pages).toBe(r.pages);
      expect(text).toContain(`Side ${pages} av ${pages}`);
      // NPS = 100·(16 − 10)/40 = +15; margin = 1.96·100·√((0.4 + 0.25 − 0.15²)/40) = 24.56…
      const margin = 1.96 * 100 * Math.sqrt((0.4 + 0.25 - 0.15 ** 2) / 40);
      expect(text).toContain('+15');
      expect(text).toContain(`±${margin.toFixed(1).replace('.', ',')}`);
      // Touchpoint means with a decimal comma, indices, and the Norwegian labels.
      expect(text).toContain(mean(PHONE).toFixed(2).replace('.', ',')); // 3,75
      expect(text).toContain('3,00');
      expect(text).toMatch(/Telefon\s+69\s+3,75/); // index 100·(3.75 − 1)/4 = 68.75 → 69
      expect(text).toContain('Nettbutikken');
      expect(text).toContain('KUNDESERVICE');
      expect(text).toContain('Fjordlys Energi');
      expect(text).not.toMatch(/\d\.\d\d/); // no English decimal point anywhere in the numbers
      db.close();
    },
  );

  it.skipIf(!poppler)('answers report/pdf through the handler map with base64 and pages', async () => {
    const { db, path } = makeStudy();
    const sessions = new StudySessions();
    const s = sessions.add(path, db);
    const ctx = {
      sessions,
      resourcesDir,
      dataDir: tmpdir(),
      version: 'test',
      transport: 'http',
      dialogs: null,
    } satisfies ServiceContext;
    const handler = reportHandlers['report/pdf'];
    if (!handler) throw new Error('report/pdf is not implemented');
    const out = await handler({ studyId: s.id, lang: 'en', waveYear: 2025 }, ctx);
    const { text, pages } = pdfText(Buffer.from(out.base64, 'base64'));
    expect(out.pages).toBe(pages);
    expect(text).toContain('Net Promoter Score');
    expect(text).toContain('3.75');
    expect(text).toContain(`Page 1 of ${pages}`);
    sessions.closeAll();
  });

  it('refuses a wave the study does not have', async () => {
    const { db } = makeStudy();
    await expect(studyReportPdf(db, { lang: 'en', waveYear: 1999, resourcesDir })).rejects.toMatchObject({
      code: 'WAVE_NOT_FOUND',
    });
    db.close();
  });
});
