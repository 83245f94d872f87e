import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { isAppError } from '../../../shared/api/errors';
import { makeTestStudy } from '../analysis/test-study';
import { studyReportPptx } from '../report/deliverables-service';
import { textRuns, zipParts } from '../report/pptx/office-test-utils';
import { studyReportPdf } from '../report/report-service';
import { buildSampleStudy } from '../sample/build-sample';
import { readFieldwork, writeFieldwork } from './fieldwork';

const resourcesDir = fileURLToPath(new URL('../../../../resources', import.meta.url));
const flat = (s: string) => s.replace(/\s+/g, ' ');

function pdfText(bytes: Buffer): string {
  const file = join(mkdtempSync(join(tmpdir(), 'tp-fieldwork-')), 'r.pdf');
  writeFileSync(file, bytes);
  return flat(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }));
}

describe('fieldwork and response rate per wave', () => {
  it('stores invitations and responses, refuses what cannot be true and changes nothing then', () => {
    const { db } = makeTestStudy(mkdtempSync(join(tmpdir(), 'tp-fieldwork-')), 60);
    const [first] = readFieldwork(db);
    expect(first).toMatchObject({ invited: null, responded: null, responseRate: null });
    const year = first!.year;
    const list = writeFieldwork(db, {
      year,
      start: '2025-03-03',
      end: '2025-03-28',
      invited: 200,
      responded: null,
    });
    // No responses given: the wave's respondents count (60 of 200).
    expect(list[0]).toMatchObject({ invited: 200, respondents: 60, responseRate: 0.3 });
    const refuse = (patch: Parameters<typeof writeFieldwork>[1]) => {
      try {
        writeFieldwork(db, patch);
      } catch (e) {
        return isAppError(e) ? e.code : 'not an AppError';
      }
      return 'accepted';
    };
    expect(refuse({ year, start: '2025-03-28', end: '2025-03-03', invited: 200, responded: null })).toBe(
      'INVALID_INPUT',
    );
    expect(refuse({ year, start: null, end: null, invited: 50, responded: null })).toBe('INVALID_INPUT');
    expect(refuse({ year, start: null, end: null, invited: 100, responded: 120 })).toBe('INVALID_INPUT');
    expect(refuse({ year: 1999, start: null, end: null, invited: 100, responded: null })).toBe(
      'WAVE_NOT_FOUND',
    );
    expect(readFieldwork(db)[0]).toMatchObject({ start: '2025-03-03', invited: 200, responseRate: 0.3 });
  });

  it('prints the response rate with the fieldwork dates on the method page of the PDF and the deck', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'tp-fieldwork-')), 's.tpstudy');
    buildSampleStudy(join(resourcesDir, 'sample'), path);
    const db = new Database(path);
    // The sample records its invitations: 420 of 1,450 in 2025 and 461 of 1,380 in 2026.
    writeFieldwork(db, { year: 2026, start: '2026-03-02', end: '2026-03-27', invited: 1380, responded: 455 });
    const pdf = pdfText((await studyReportPdf(db, { lang: 'en', resourcesDir, date: '2026-04-20' })).bytes);
    expect(pdf).toContain(
      'Fieldwork: Wave 2025: 3 March 2025 – 28 March 2025; Wave 2026: 2 March 2026 – 27 March 2026.',
    );
    expect(pdf).toContain(
      'Response rate: Wave 2025: 29% (420 answered of 1,450 invited); Wave 2026: 33% (455 answered of 1,380 invited).',
    );
    const nb = pdfText((await studyReportPdf(db, { lang: 'nb', resourcesDir, date: '2026-04-20' })).bytes);
    expect(nb).toMatch(
      /Svarprosent: Måling 2025: 29[\s\u00a0]?% \(420 svarte av 1[\s\u00a0]450 inviterte\)/u,
    );

    const deck = await studyReportPptx(db, { lang: 'en' });
    const text = [...zipParts(deck.bytes).entries()]
      .filter(([p]) => /^ppt\/slides\/slide\d+\.xml$/.test(p))
      .flatMap(([, x]) => textRuns(x))
      .join('\n');
    expect(flat(text)).toContain('Wave 2026: 33% (455 answered of 1,380 invited)');
    expect(flat(text)).toContain('Wave 2025: 3 March 2025 – 28 March 2025');

    // Without invitations the page says the rate is not recorded, never a made-up figure.
    writeFieldwork(db, {
      year: 2025,
      start: '2025-03-03',
      end: '2025-03-28',
      invited: null,
      responded: null,
    });
    const none = pdfText((await studyReportPdf(db, { lang: 'en', resourcesDir, date: '2026-04-20' })).bytes);
    expect(none).toContain('Wave 2025: not recorded (the number invited is not stored)');
    db.close();
  }, 120_000);
});
