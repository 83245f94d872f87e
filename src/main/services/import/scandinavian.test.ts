import Database from 'better-sqlite3';
import { join, resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createStudyFile } from '../study/study-service';
import type { Api } from './test-helpers';
import { api, tempDir } from './test-helpers';
import { answerRowsTable } from '../store/answer-rows';

const FIX = resolve(__dirname, '../../../../tests/fixtures/import/scandinavian');

const NB = {
  q1: [5, 4, 3, 2, 1, null],
  q1Missing: [0, 0, 0, 0, 0, 2],
  q2Missing: [0, 2, 0, 3, 0, 0],
  amount: [1234.5, 12.75, 0.5, 2000, 99.9, 3.25],
  comments: [
    'Flott service, takk!',
    'Rask levering – blåbær og rømme',
    '"Lang ventetid"\npå telefon',
    'Æ Ø Å æ ø å',
    'Helt greit',
  ],
  places: ['Bergen', 'Tromsø', 'Ålesund', 'Bergen', 'Tromsø', 'Ålesund'],
};
const DA = {
  q1: [5, 4, 3, 1],
  q1Missing: [0, 0, 0, 0],
  q2Missing: [0, 2, 3, 0],
  amount: [1234.5, 45.5, 7, 0.25],
  comments: ['God betjening, tak', 'Hurtig levering – rødgrød med fløde', 'Æ Ø Å æ ø å'],
  places: ['Århus', 'København', 'Ærø', 'Århus'],
};

const FILES: [string, typeof NB][] = [
  ['nb-semicolon-win1252.csv', NB],
  ['libreoffice-nb-semicolon-win1252.xlsx', NB],
  ['libreoffice-nb-semicolon-win1252.xls', NB],
  ['libreoffice-nb-semicolon-win1252.ods', NB],
  ['da-semicolon-utf8bom.csv', DA],
  ['da-tab-utf16le.txt', DA],
  ['libreoffice-da-semicolon-utf8bom.xlsx', DA],
  ['libreoffice-da-semicolon-utf8bom.xls', DA],
  ['libreoffice-da-semicolon-utf8bom.ods', DA],
];

let dir: string;
let study: string;
let a: Api;
let studyId: string;
beforeEach(async () => {
  dir = tempDir();
  study = join(dir, 's.tpstudy');
  createStudyFile(study, { client: 'Kunde', title: 'Test', languages: ['nb'] }).close();
  a = api(dir);
  studyId = (await a.call('study/open', { path: study })).studyId;
});
afterEach(() => a.close());

function column(code: string) {
  const db = new Database(study, { readonly: true });
  answerRowsTable(db);
  try {
    return db
      .prepare(
        `SELECT a.value, a.text, a.missing FROM respondent r LEFT JOIN answer a ON a.respondent_id = r.id AND a.question_id = (SELECT id FROM question WHERE code = ?) ORDER BY r.id`,
      )
      .all(code) as { value: number | null; text: string | null; missing: number | null }[];
  } finally {
    db.close();
  }
}

describe('Scandinavian files keep their æøå and decimals', () => {
  for (const [name, want] of FILES) {
    it(name, async () => {
      const base64 = readFileSync(join(FIX, name)).toString('base64');
      const s = await a.call('import/commit', {
        studyId,
        file: { name, base64 },
        waveYear: 2026,
        createQuestions: true,
        onError: 'abort',
      });
      expect(s.imported).toBe(want.q1.length);
      const q1 = column('Q1');
      expect(q1.map((r) => r.value)).toEqual(want.q1);
      expect(q1.map((r) => r.missing ?? 1)).toEqual(want.q1Missing);
      expect(column('Q2').map((r) => r.missing ?? 1)).toEqual(want.q2Missing);
      const amountCode = s.createdQuestions.find((c) => /^BEL/.test(c))!;
      expect(column(amountCode).map((r) => r.value)).toEqual(want.amount);
      expect(
        column('KOMMENTAR')
          .map((r) => r.text)
          .filter((t) => t),
      ).toEqual(want.comments);
      const place = s.createdQuestions.find((c) => /^A[VF]DELING$/.test(c))!;
      expect(column(place).map((r) => r.text)).toEqual(want.places);
    });
  }
});
