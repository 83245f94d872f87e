import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as XLSX from 'xlsx';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CodebookView, CommentsList, ThemesResult } from '../../../shared/api/comments';
import { cli } from '../../cli/test-cli';
import { zipParts } from '../report/pptx/office-test-utils';
import { buildSampleStudy } from '../sample/build-sample';
import { testDispatch, value } from '../test-dispatch';

const resourcesDir = fileURLToPath(new URL('../../../../resources', import.meta.url));
const EMAIL = 'kari.nordmann@example.no';
const PHONE = '912 34 567';

/** A small study: Oslo 30, Bergen 25, Molde 3 respondents; every comment plants an e-mail or a phone. */
async function plantedStudy(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'tp-comments-'));
  const texts = [
    `Lang ventetid på telefon, ring meg på ${PHONE}.`,
    'Rådgiveren var hyggelig og hjelpsom.',
    `For dyrt, send svar til ${EMAIL}`,
    'Appen logger meg ut hele tiden.',
    'Bra service!',
    'Skaden ble behandlet raskt.',
  ];
  const branches = [...Array(30).fill('Oslo'), ...Array(25).fill('Bergen'), ...Array(3).fill('Molde')];
  const lines = ['respondent_id,Avdeling,Hvor sannsynlig er det at du vil anbefale oss? (0-10),Kommentar'];
  branches.forEach((b, i) => lines.push(`${i + 1},${b},${(i * 7) % 11},"${texts[i % texts.length]}"`));
  writeFileSync(join(dir, 'data.csv'), `${lines.join('\n')}\n`);
  const study = join(dir, 's.tpstudy');
  expect((await cli('new', study, '--client', 'C', '--title', 'T', '--lang', 'nb')).code).toBe(0);
  const imp = await cli('import', study, join(dir, 'data.csv'), '--wave', '2026', '--create-questions');
  expect(imp.code, imp.stderr).toBe(0);
  return study;
}

async function json<T>(...argv: string[]): Promise<T> {
  const r = await cli(...argv, '--json');
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as T;
}

describe('comments: list, code by rules, themes (CLI and API)', () => {
  let study: string;
  let codebook: string;
  beforeAll(async () => {
    study = await plantedStudy();
    codebook = join(resourcesDir, 'sample', 'codebook.json');
  });

  it('lists every comment with masked e-mails and phones; a unit under k is held back', async () => {
    const l = await json<CommentsList>('comments', study);
    expect(l.total).toBe(55);
    expect(l.heldBack).toBe(3);
    const all = JSON.stringify(l);
    expect(all).not.toContain(EMAIL);
    expect(all).not.toContain(PHONE);
    expect(l.items.some((c) => c.text.includes('[e-mail]'))).toBe(true);
    expect(l.items.some((c) => c.text.includes('[phone]'))).toBe(true);
    expect(l.items.every((c) => c.unit?.code !== 'Molde')).toBe(true);
    const plain = await cli('comments', study);
    expect(plain.stdout).not.toContain(EMAIL);
    expect(plain.stdout).toContain('3 held back');
  });

  it('refuses a filter that singles out fewer than k respondents', async () => {
    const l = await json<CommentsList>('comments', study, '--unit', 'Molde');
    expect(l.refused).toEqual({ reason: 'below-k', k: 5 });
    expect(l.items).toEqual([]);
  });

  it('searches without regard to accents and inflection', async () => {
    const l = await json<CommentsList>('comments', study, '--search', 'RADGIVEREN hyggelige');
    expect(l.total).toBeGreaterThan(0);
    expect(l.items.every((c) => c.text.startsWith('Rådgiveren var hyggelig'))).toBe(true);
  });

  it('codes by the codebook rules and counts themes per unit, the small unit hidden', async () => {
    const coded = await json<{ themes: number; codedByRules: number }>(
      'comments',
      'code',
      study,
      '--codebook',
      codebook,
    );
    expect(coded.themes).toBe(8);
    expect(coded.codedByRules).toBeGreaterThan(30);
    const t = await json<ThemesResult>('comments', 'themes', study);
    const wait = t.themes.find((x) => x.code === 'WAIT')!;
    // "Lang ventetid …" is every sixth comment: Oslo 1, 7, …, 25 (5), Bergen 31, …, 55 (5) — and
    // "raskt" in "Skaden ble behandlet raskt" (also WAIT): Oslo 5, Bergen 4 (of 36, 42, 48, 54).
    expect(wait.groups.find((g) => g.group === 'Oslo')).toEqual({
      group: 'Oslo',
      comments: 30,
      mentions: 10,
      share: 10 / 30,
    });
    expect(wait.groups.find((g) => g.group === 'Bergen')).toEqual({
      group: 'Bergen',
      comments: 25,
      mentions: 9,
      share: 9 / 25,
    });
    expect(wait.groups.find((g) => g.group === 'Molde')).toEqual({ group: 'Molde', hidden: 'below-k' });
    // Totals leave Molde out too, so Molde is not total − Oslo − Bergen.
    expect(wait.comments).toBe(55);
    expect(wait.mentions).toBe(19);
    expect(t.heldBack).toBe(3);
    expect('test' in wait.nps && wait.nps.test).toBe('NPS difference z');
  });

  it('hand coding wins over the rules and feeds their precision; unknown themes are refused', async () => {
    const { sessions, dispatch: d } = testDispatch('tp-comments-api-', { resourcesDir });
    const call = async <T>(name: string, input: unknown): Promise<T> => value<T>(await d(name, input));
    try {
      const { studyId } = await call<{ studyId: string }>('study/open', { path: study });
      const app = await call<CommentsList>('comments/list', { studyId, search: 'Appen' });
      const key = app.items[0]!.key;
      expect(app.items[0]!.codes).toEqual(['DIGITAL']);
      // By hand: not DIGITAL but SERVICE (say the consultant reads it so).
      await call('comments/setCodes', { studyId, key, codes: ['SERVICE'] });
      await call('comments/acceptProposals', { studyId });
      const after = await call<CommentsList>('comments/list', { studyId, search: 'Appen' });
      const same = after.items.find((c) => c.key === key)!;
      expect(same.codes).toEqual(['SERVICE']);
      expect(same.source).toBe('manual');
      expect(same.proposals.map((p) => p.code)).toEqual(['DIGITAL']);
      const book = await call<CodebookView>('comments/getCodebook', { studyId });
      expect(book.coded).toBe(1);
      const digital = book.quality.find((q) => q.code === 'DIGITAL')!;
      expect(digital).toMatchObject({ proposed: 1, agreed: 0, coded: 0, precision: 0, recall: null });
      const bad = await d('comments/setCodes', { studyId, key, codes: ['NOPE'] });
      expect(bad.ok || bad.error).toMatchObject({ code: 'INVALID_REFERENCE' });
      const quote = await call<{ state: string }>('comments/setQuote', { studyId, key, state: 'hidden' });
      expect(quote.state).toBe('hidden');
      const exported = await call<{ name: string; base64: string }>('comments/exportCodebook', {
        studyId,
        format: 'xlsx',
      });
      const wb = XLSX.read(Buffer.from(exported.base64, 'base64'));
      const rows = XLSX.utils.sheet_to_json<string[]>(wb.Sheets['Codebook']!, { header: 1 });
      expect(rows[0]).toEqual(['code', 'parent', 'label_en', 'label_nb', 'label_da', 'rules']);
      expect(rows).toHaveLength(9);
    } finally {
      sessions.closeAll();
    }
  });

  it('reads a codebook workbook and names the row and column of a bad theme', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tp-codebook-'));
    const ws = XLSX.utils.aoa_to_sheet([
      ['code', 'label_nb', 'label_en', 'rules'],
      ['PRIS', 'Pris', 'Price', 'pris*; dyr*'],
      ['9BAD', 'Feil', 'Wrong', 'x'],
    ]);
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, ws, 'Codebook');
    const file = join(dir, 'codebook.xlsx');
    writeFileSync(file, XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
    const r = await cli('comments', 'code', study, '--codebook', file);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('row 3');
    expect(r.stderr).toContain('"code"');
  });
});

describe('the sample study ships a codebook in three languages', () => {
  it('opens with its comments already coded into themes', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'tp-sample-comments-')), 's.tpstudy');
    buildSampleStudy(join(resourcesDir, 'sample'), path);
    const t = await json<ThemesResult>('comments', 'themes', path, '--lang', 'da');
    expect(t.themes.map((x) => x.code)).toEqual([
      'WAIT',
      'CLAIMS',
      'PRICE',
      'ADVISER',
      'SERVICE',
      'DIGITAL',
      'DOCS',
      'TRUST',
    ]);
    expect(t.themes[0]!.label).toBe('Ventetid og sagsbehandlingstid');
    for (const th of t.themes) expect(th.mentions, th.code).toBeGreaterThan(0);
  });
});

function hasTool(name: string): boolean {
  try {
    execFileSync(name, ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

describe('planted personal data never leaves in an export', () => {
  it.skipIf(!hasTool('pdftotext'))('not in the PDF, the deck, the Excel tables or the CLI', async () => {
    const study = await plantedStudy();
    const dir = mkdtempSync(join(tmpdir(), 'tp-planted-out-'));
    const pdf = join(dir, 'r.pdf');
    const pptx = join(dir, 'd.pptx');
    const xlsx = join(dir, 't.xlsx');
    for (const argv of [
      ['report', study, '--out', pdf, '--lang', 'nb'],
      ['export', 'pptx', study, '--out', pptx, '--lang', 'nb'],
      ['export', 'xlsx', study, '--out', xlsx, '--lang', 'nb'],
    ]) {
      const r = await cli(...argv);
      expect(r.code, r.stderr).toBe(0);
    }
    const pdfText = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
    expect(pdfText).toContain('[telefon]');
    const wb = XLSX.read(readFileSync(xlsx));
    const cells = wb.SheetNames.map((n) => XLSX.utils.sheet_to_csv(wb.Sheets[n]!)).join('\n');
    expect(cells).toContain('[e-post]');
    // The deck's slide XML, read as text from the zip (quotes are plain runs).
    const xml = [...zipParts(readFileSync(pptx)).values()].join('\n');
    expect(xml).toContain('[telefon]');
    for (const out of [pdfText, cells, xml, (await cli('comments', study, '--json')).stdout]) {
      expect(out).not.toContain(EMAIL);
      expect(out).not.toContain(PHONE);
      expect(out).not.toContain('kari.nordmann');
    }
  });
});
