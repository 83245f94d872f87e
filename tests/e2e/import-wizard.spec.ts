import { expect, test } from '@playwright/test';
import type { APIRequestContext, Page } from '@playwright/test';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { E2E_TOKEN } from '../../playwright.config';
import { ImportWizardPage } from './pages/import-wizard';
import { StartPage } from './pages/StartPage';

const FIX = join(process.cwd(), 'tests/fixtures/import');
const STEAK = join(FIX, 'survey-exports/surveymonkey/steak-survey_steak-risk-survey.csv');
const NB_1252 = join(FIX, 'scandinavian/nb-semicolon-win1252.csv');
const NB_SURVEY = join(FIX, 'scandinavian/nb-kundeundersokelse-win1252.csv');
const SAMPLE_2026 = join(process.cwd(), 'resources/sample/responses-2026.csv');

test.beforeAll(() => mkdirSync(join(process.cwd(), 'test-results/screenshots'), { recursive: true }));

/** RFC 4180 records (quoted cells with commas, quotes and line breaks), independent of the app's reader. */
function parseCsv(text: string, sep = ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const endCell = () => {
    row.push(cell);
    cell = '';
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === sep) endCell();
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endCell();
      rows.push(row);
      row = [];
    } else cell += ch;
  }
  if (cell !== '' || row.length > 0) {
    endCell();
    rows.push(row);
  }
  return rows;
}

async function call<T>(request: APIRequestContext, name: string, input: object): Promise<T> {
  const res = await request.post(`/api/${name}`, {
    headers: { Authorization: `Bearer ${E2E_TOKEN}` },
    data: input,
  });
  const body = (await res.json()) as { ok: boolean; value: T; error?: unknown };
  expect(body.ok, JSON.stringify(body.error)).toBe(true);
  return body.value;
}

type Freq = { n: number; counts: { value: string; label: string; count: number | null }[] };
type Overview = {
  questionnaire: { questions: { code: string; texts: Record<string, string> }[] };
  waves: { year: number; respondents: number }[];
};

async function openData(
  page: Page,
  how: 'sample' | 'new',
): Promise<{ wizard: ImportWizardPage; studyId: string }> {
  const start = await new StartPage(page).goto();
  const study =
    how === 'sample'
      ? await start.openSample()
      : await start.createStudy('Nordlys AS', 'Kundeundersøkelse 2026');
  await study.data();
  const studyId = await page.getByTestId('data-page').getAttribute('data-study-id');
  return { wizard: new ImportWizardPage(page), studyId: studyId ?? '' };
}

test('a SurveyMonkey export with created questions: the summary matches the file', async ({
  page,
  request,
}) => {
  const records = parseCsv(readFileSync(STEAK, 'utf8')).filter((r) => r.some((c) => c !== ''));
  const [header] = records;
  const data = records.slice(2); // SurveyMonkey: question row + "Response" row
  const steakCol = header!.indexOf('How do you like your steak prepared?');
  const mediumRare = data.filter((r) => r[steakCol] === 'Medium rare').length;

  const { wizard, studyId } = await openData(page, 'new');
  await wizard.pick(STEAK);
  await expect(page.getByTestId('import-detected-tool')).toHaveText('SurveyMonkey');
  await expect(page.getByTestId('import-header-rows')).toHaveValue('2');
  await wizard.next('mapping');
  await page.getByTestId('import-create-all').click();
  await expect(page.getByTestId('import-mapping-summary')).toContainText(
    `${header!.length - 1} new questions`,
  );
  await wizard.shot('mapping');
  await wizard.toValidation();
  await wizard.commit(2024);
  expect(await wizard.counts()).toEqual({
    read: data.length,
    imported: data.length,
    skipped: 0,
    created: header!.length - 1,
  });

  const f = await call<Freq>(request, 'import/frequencies', {
    studyId,
    questionCode: 'How_do_you_like_your_steak_prepared',
  });
  expect(f.counts.find((c) => c.value === 'Medium rare')?.count).toBe(mediumRare);
});

test('by keyboard only: a Norwegian Windows-1252 CSV keeps æøå and decimal commas', async ({
  page,
  request,
}) => {
  const { wizard, studyId } = await openData(page, 'new');
  await wizard.tabTo({ text: 'Choose file…' });
  const chooser = page.waitForEvent('filechooser');
  await page.waitForTimeout(200); // let Playwright start intercepting the dialog before the key opens it
  await page.keyboard.press('Enter');
  await (await chooser).setFiles(NB_1252);
  await wizard.headingFocused('sheet');
  await expect(page.getByTestId('import-detected-encoding')).toHaveText('windows-1252');
  await expect(page.getByTestId('import-detected-delimiter')).toHaveText('Semicolon');
  await expect(page.getByTestId('import-detected-decimal')).toHaveText('Comma (1,5)');

  await wizard.tabTo('import-next');
  await page.keyboard.press('Enter');
  await wizard.headingFocused('mapping');
  await wizard.tabTo('import-create-all');
  await page.keyboard.press('Space');
  await expect(page.getByTestId('import-mapping-summary')).toContainText('6 new questions');

  await wizard.tabTo('import-next');
  await page.keyboard.press('Enter');
  await wizard.headingFocused('recodes');
  const row = page.getByTestId('import-recode-Q1').locator('[data-label="Svært fornøyd"]');
  await expect(row.locator('input').first()).toHaveValue('5');
  await expect(
    page.getByTestId('import-recode-Q1').locator('[data-label="Vet ikke"]').locator('input').first(),
  ).toHaveValue('Don’t know');
  await wizard.shot('recodes');

  await wizard.tabTo('import-next');
  await page.keyboard.press('Enter');
  await wizard.headingFocused('validation');
  await wizard.tabTo('import-wave-year');
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('2026');
  await wizard.tabTo('import-commit');
  await page.keyboard.press('Enter');
  await wizard.headingFocused('done');
  expect(await wizard.counts()).toEqual({ read: 6, imported: 6, skipped: 0, created: 6 });

  const study = await call<Overview>(request, 'study/get', { studyId });
  const amount = study.questionnaire.questions.find((q) => Object.values(q.texts).includes('BELØP'));
  expect(amount, 'a question made from the BELØP column').toBeTruthy();
  const dept = await call<Freq>(request, 'import/frequencies', { studyId, questionCode: 'AVDELING' });
  // Three departments of 2 respondents each: under k = 5, so their counts are hidden.
  expect(dept.counts.map((c) => [c.label, c.count]).sort()).toEqual([
    ['Bergen', null],
    ['Tromsø', null],
    ['Ålesund', null],
  ]);
  const money = await call<Freq>(request, 'import/frequencies', { studyId, questionCode: amount!.code });
  expect(money.counts.map((c) => Number(c.value)).sort((a, b) => a - b)).toEqual([
    0.5, 3.25, 12.75, 99.9, 1234.5, 2000,
  ]);
});

test('created questions show what was inferred, with why; role and scale are corrected in place', async ({
  page,
  request,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  const { wizard, studyId } = await openData(page, 'new');
  await wizard.pick(NB_SURVEY);
  await wizard.next('mapping');
  await page.getByTestId('import-create-all').click();
  await expect(page.getByTestId('import-mapping-summary')).toContainText('11 new questions');
  await expect(page.getByTestId('import-weight-column')).toHaveText('Respondent weight');
  const sat = page.locator('[data-role="outcome-satisfaction"]');
  await expect(sat).toHaveAttribute('data-scale', '1–5');
  await expect(sat.getByTestId('import-inferred-reason')).toContainText('five-point scale');
  await expect(sat.getByTestId('import-inferred-missing')).toContainText('"Vet ikke" = don\'t know');
  const imp = page.locator('[data-role="importance"]');
  await expect(imp.getByTestId('import-inferred-touchpoint')).toHaveText('Touchpoint: Kundeservice');
  await expect(imp.getByTestId('import-inferred-reason')).toContainText('weighs');
  await page.getByTestId('import-inferred-reason').first().scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(process.cwd(), 'test-results/screenshots/import-inferred-1440.png') });

  // The loyalty item is corrected to performance on 0–5 before importing.
  const loyal = page.locator('[data-role="loyalty"]');
  const code = (await loyal.getAttribute('data-testid'))!.replace('import-inferred-', '');
  await loyal.getByTestId('import-inferred-role').click();
  await page.getByRole('option', { name: 'Performance', exact: true }).click();
  const fixed = page.getByTestId(`import-inferred-${code}`);
  await expect(fixed).toHaveAttribute('data-role', 'performance');
  await fixed.getByTestId('import-inferred-min').fill('0');
  await fixed.getByTestId('import-inferred-min').blur();
  await expect(fixed).toHaveAttribute('data-scale', '0–5');
  await expect(fixed.getByTestId('import-inferred-reason')).toContainText('set by hand');
  await wizard.shot('inferred');

  await wizard.toValidation();
  await wizard.commit(2026);
  expect((await wizard.counts()).created).toBe(11);
  const study = await call<{
    questionnaire: { questions: { code: string; role: string; scale: { min?: number; max?: number } }[] };
  }>(request, 'study/get', { studyId });
  const q = study.questionnaire.questions.find((x) => x.code === code)!;
  expect([q.role, q.scale.min, q.scale.max]).toEqual(['performance', 0, 5]);
  expect(study.questionnaire.questions.filter((x) => x.role === 'outcome-recommend')).toHaveLength(1);
});

test('a bad cell is reported with its place; Esc cancels and nothing changes', async ({ page }) => {
  const { wizard } = await openData(page, 'sample');
  const wavesBefore = (await page.getByTestId('waves-table').textContent()) ?? '';
  const csv = 'respondent_id,TP01_PERF,SAT,NPS\nX1,4,8,9\nX2,5,9,10\nX3,3,7,8\nX4,4,8,42\n';
  await wizard.pick({ name: 'bad-cell.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await wizard.toValidation();
  await expect(page.getByTestId('import-count-OUT_OF_RANGE')).toContainText('1');
  await expect(page.getByTestId('import-issue-cell')).toHaveText(['bad-cell.csv!D5']);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('import-validation-xlsx').click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
  const book = XLSX.read(readFileSync(await download.path()));
  const cells = JSON.stringify(
    book.SheetNames.map((n) => XLSX.utils.sheet_to_json(book.Sheets[n]!, { header: 1 })),
  );
  expect(cells).toContain('D5');
  await wizard.shot('validation');

  await page.getByTestId('import-on-error-skip').focus();
  await page.keyboard.press('Escape');
  await wizard.at('pick');
  await expect(page.getByTestId('waves-table')).toHaveText(wavesBefore);
  await expect(page.getByTestId('wave-row-2027')).toHaveCount(0);
});

test('the response template imports back with no manual mapping', async ({ page }) => {
  const { wizard } = await openData(page, 'sample');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('import-template').click(),
  ]);
  const book = XLSX.read(readFileSync(await download.path()));
  const sheet = book.Sheets[book.SheetNames[0]!]!;
  const rows = XLSX.utils.sheet_to_json<string[]>(sheet, { header: 1, defval: '' });
  const codes = rows[0]!.map(String);
  // Three respondents of the sample's own data, placed under the template's codes.
  const [head, ...sample] = parseCsv(readFileSync(SAMPLE_2026, 'utf8'));
  const filled = sample
    .slice(0, 3)
    .map((r, i) => codes.map((c) => (head!.includes(c) ? r[head!.indexOf(c)]! : `T${i + 1}`)));
  XLSX.utils.sheet_add_aoa(sheet, filled, { origin: rows.length });
  const buffer = Buffer.from(XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Uint8Array);

  await wizard.pick({
    name: download.suggestedFilename(),
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer,
  });
  await expect(page.getByTestId('import-detected-tool')).toHaveText('Touchpoint Studio template');
  await wizard.next('mapping');
  await expect(page.getByTestId('import-create')).toHaveCount(0);
  const sources = await page.getByTestId('import-source').allInnerTexts();
  expect(sources.length).toBeGreaterThan(10);
  expect(new Set(sources)).toEqual(new Set(['by code']));
  await wizard.toValidation();
  await wizard.commit(2027);
  expect(await wizard.counts()).toEqual({ read: 3, imported: 3, skipped: 0, created: 0 });
});

test('a large import shows progress and Cancel leaves the study as it was', async ({ page }) => {
  const { wizard } = await openData(page, 'sample');
  const wavesBefore = (await page.getByTestId('waves-table').textContent()) ?? '';
  const [head, ...sample] = readFileSync(SAMPLE_2026, 'utf8').trim().split(/\r?\n/);
  const simple = sample.filter((l) => !l.includes('"'));
  const lines = Array.from({ length: 120_000 }, (_, i) =>
    simple[i % simple.length]!.replace(/^\d+/, `9${String(i).padStart(7, '0')}`),
  );
  const buffer = Buffer.from([head, ...lines].join('\n'));
  await wizard.pick({ name: 'big.csv', mimeType: 'text/csv', buffer });
  await wizard.toValidation();
  await page.getByTestId('import-wave-year').fill('2027');
  await page.getByTestId('import-commit').click();
  await wizard.at('progress');
  await expect(page.getByTestId('import-progress-rows')).not.toHaveText(/^0 of/);
  await wizard.shot('progress');
  await page.getByTestId('import-job-cancel').click();
  await wizard.at('validation');
  await expect(page.getByTestId('import-failure')).toContainText('cancelled');
  await expect(page.getByTestId('waves-table')).toHaveText(wavesBefore);
  await expect(page.getByTestId('wave-row-2027')).toHaveCount(0);
});

test('re-map a stored file through the full wizard: one column moved to another question', async ({
  page,
  request,
}) => {
  const [head, ...rows] = parseCsv(readFileSync(SAMPLE_2026, 'utf8')).filter((r) => r.some((c) => c !== ''));
  const imp = head!.indexOf('TP01_IMP');
  const expected = new Map<number, number>();
  for (const r of rows) {
    const v = Number(r[imp]);
    if (r[imp] !== '' && v >= 1 && v <= 5) expected.set(v, (expected.get(v) ?? 0) + 1);
  }
  const { wizard, studyId } = await openData(page, 'sample');
  const waveBefore = (await page.getByTestId('wave-row-2026').textContent()) ?? '';

  await wizard.remap('responses-2026.csv');
  await expect(page.getByTestId('remap-banner')).toContainText('responses-2026.csv');
  // The real first rows of the stored file, not the most frequent values.
  await expect(page.getByTestId('import-first-row')).toHaveCount(5);
  await expect(page.getByTestId('import-first-row').first()).toContainText(rows[0]![0]!);
  await wizard.next('mapping');
  await wizard.mapColumn('TP01_IMP', 'TP01_PERF');
  await expect(page.getByTestId('import-col-TP01_IMP').getByTestId('import-source')).toHaveText(
    'chosen by you',
  );
  await wizard.shot('remap-mapping');
  await wizard.toValidation();
  await expect(page.getByTestId('import-wave-year')).toBeDisabled();
  await page.getByTestId('import-remap').click();
  await wizard.summary.waitFor();
  await expect(page.getByTestId('import-summary-title')).toContainText(
    `respondents in wave 2026 were replaced by ${rows.length}`,
  );
  await expect(page.getByTestId('wave-row-2026')).toHaveText(waveBefore);

  const perf = await call<Freq>(request, 'import/frequencies', {
    studyId,
    questionCode: 'TP01_PERF',
    waveYear: 2026,
  });
  const got = new Map(perf.counts.map((c) => [Number(c.value), c.count]));
  expect([...got.entries()].filter(([v]) => v >= 1 && v <= 5).sort()).toEqual([...expected.entries()].sort());
  const gone = await call<Freq>(request, 'import/frequencies', {
    studyId,
    questionCode: 'TP01_IMP',
    waveYear: 2026,
  });
  expect(gone.n).toBe(0);
});
