/**
 * Every deliverable from the Report page, for the sample and for the stress study (32 touchpoints of
 * 80 characters, 25 branches of which four have 2–4 respondents, comments with emoji and long URLs,
 * texts in nb and en only), in nb, da and en: the PDF, the PowerPoint deck, the Excel tables and a
 * chart's PNG, each saved and then opened by another program — the PDF by pdftotext, the deck by
 * LibreOffice (converted to PDF, then read), the tables by SheetJS, the PNG by its header.
 * The stress study is built in the e2e data folder by the report tests' own builder.
 */
import { expect, test } from '@playwright/test';
import type { APIRequestContext, Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { E2E_TOKEN } from '../../playwright.config';
import { makeStressStudy } from '../../src/main/services/report/stress-study';
import { xlsxText } from '../../src/main/services/report/xlsx-tables-text';
import { reportText } from '../../src/shared/i18n/report';
import { StartPage } from './pages/StartPage';

const SHOTS = join(process.cwd(), 'test-results/screenshots');
const DATA = process.env.TOUCHPOINT_E2E_DATA!;
const STUDIES = join(DATA, 'studies');
/** makeStressStudy names its file stress.tpstudy; the browser host opens studies by name. */
const STRESS = 'stress.tpstudy';
const LANGS = ['nb', 'da', 'en'] as const;
type Lang = (typeof LANGS)[number];
const UI: Record<Lang, 'NB' | 'DA' | 'EN'> = { nb: 'NB', da: 'DA', en: 'EN' };
/** Each language's name in the report-language choice while the screen is in that language. */
const SELF: Record<Lang, string> = { nb: 'Norsk (bokmål)', da: 'Dansk', en: 'English' };

// Eighteen exports and one LibreOffice run per test: minutes on a shared 2-core machine.
test.describe.configure({ timeout: 300_000 });

test.beforeAll(() => {
  mkdirSync(SHOTS, { recursive: true });
  mkdirSync(STUDIES, { recursive: true });
  if (!existsSync(join(STUDIES, STRESS))) makeStressStudy(STUDIES, 240).db.close();
});

const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { encoding: 'utf8' });

type Saved = { lang: Lang; pdf: string; pptx: string; xlsx: string; png: string };

async function save(page: Page, testId: string, file: string): Promise<string> {
  const download = page.waitForEvent('download');
  await page.getByTestId(testId).click();
  await (await download).saveAs(file);
  return file;
}

/** For each language: a chart's PNG from the dashboard, then the three files from the Report page. */
async function exportAll(page: Page, dir: string, tag: string, notice: Lang[]): Promise<Saved[]> {
  const out: Saved[] = [];
  for (const lang of LANGS) {
    await page.getByTestId('language-switch').getByText(UI[lang], { exact: true }).click();
    await page.getByTestId('nav-dashboard').click();
    const chart = page.getByTestId('touchpoint-chart');
    await expect(chart.locator('canvas')).toBeVisible();
    await chart.hover();
    await page.getByTestId('touchpoint-chart-image-menu').click();
    const png = await save(page, 'touchpoint-chart-save-png', join(dir, `${tag}-${lang}.png`));

    await page.getByTestId('nav-report').click();
    await page.getByTestId('report-lang').click();
    await page.getByRole('option', { name: SELF[lang], exact: true }).click();
    await expect(page.getByTestId('report-lang')).toHaveValue(SELF[lang]);
    // The notice stands beside the language choice before any export, or not at all.
    if (notice.includes(lang)) {
      await expect(page.getByTestId('report-language-notice')).toHaveAttribute('data-lang', lang);
    } else await expect(page.getByTestId('report-language-notice')).toHaveCount(0);
    const pdf = await save(page, 'export-pdf', join(dir, `${tag}-${lang}.pdf`));
    await expect(page.getByTestId('report-done')).toBeVisible();
    const pptx = await save(page, 'export-pptx', join(dir, `${tag}-${lang}.pptx`));
    await expect(page.getByTestId('done-pptx')).toBeVisible();
    const xlsx = await save(page, 'export-xlsx', join(dir, `${tag}-${lang}.xlsx`));
    await expect(page.getByTestId('done-xlsx')).toBeVisible();
    out.push({ lang, pdf, pptx, xlsx, png });
  }
  return out;
}

/** Opens every file with another program and checks it says what the language says. */
function checkAll(files: Saved[], client: string): void {
  const dir = mkdtempSync(join(tmpdir(), 'tp-e2e-office-'));
  // One LibreOffice run for all decks (its start is the slow part).
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=file://${dir}/profile`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      dir,
      ...files.map((f) => f.pptx),
    ],
    { stdio: 'ignore', timeout: 90_000 },
  );
  for (const f of files) {
    const pdfText = run('pdftotext', [f.pdf, '-']);
    expect(pdfText, f.pdf).toContain(client);
    expect(pdfText, f.pdf).toContain(reportText(f.lang, 'methodAppendix'));
    expect(Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', [f.pdf]))?.[1])).toBeGreaterThan(3);

    const deckPdf = join(
      dir,
      f.pptx
        .split('/')
        .pop()!
        .replace(/\.pptx$/, '.pdf'),
    );
    expect(existsSync(deckPdf), `LibreOffice opened ${f.pptx}`).toBe(true);
    const deckText = run('pdftotext', [deckPdf, '-']);
    expect(deckText).toContain(client);
    expect(deckText).toContain(reportText(f.lang, 'methodAppendix'));

    const wb = XLSX.read(readFileSync(f.xlsx), { type: 'buffer' });
    const sheet = xlsxText(f.lang, 'sheetTouchpoints');
    expect(wb.SheetNames[0], f.xlsx).toBe(sheet);
    expect(wb.Sheets[sheet]!['C3']).toMatchObject({ t: 'n' });

    const png = readFileSync(f.png);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.readUInt32BE(16)).toBeGreaterThan(800);
  }
}

test('the sample study: PDF, deck, tables and a chart PNG in Norwegian, Danish and English', async ({
  page,
}) => {
  const dir = mkdtempSync(join(tmpdir(), 'tp-e2e-sample-'));
  const start = await new StartPage(page).goto();
  await start.openSample();
  // The sample has nb and en texts: the Danish report falls back, and the page says so first.
  const files = await exportAll(page, dir, 'sample', ['da']);
  checkAll(files, 'Nordlys Forsikring');
});

/** Opened once over the API so the study is in the recent list; the screen opens it from there. */
async function openStress(page: Page, request: APIRequestContext): Promise<void> {
  const res = await request.post('/api/study/open', {
    data: { path: STRESS },
    headers: { Authorization: `Bearer ${E2E_TOKEN}` },
  });
  expect(((await res.json()) as { ok: boolean }).ok).toBe(true);
  await new StartPage(page).goto();
  await page
    .getByTestId('recent-list')
    .getByText('Nordlys Forsikring — Kundereisen', { exact: true })
    .first()
    .click();
  await expect(page.getByTestId('study-heading')).toBeVisible();
}

test('32 touchpoints: the drivers are on screen, with the Owen decomposition by stage named', async ({
  page,
  request,
}) => {
  await openStress(page, request);
  await page.getByTestId('nav-priorities').click();
  const card = page.getByTestId('drivers-card').first();
  await expect(card.getByTestId('drivers-chart')).toBeVisible({ timeout: 60_000 });
  await expect(card.getByTestId('drivers-table')).toContainText('Touchpoint 32:');
  const method = card.getByTestId('drivers-decomposition');
  await expect(method).toHaveAttribute('data-method', 'owen-stages');
  await expect(method).toHaveText(
    'With 32 touchpoints, too many for all subsets, R² is shared by exact Owen values: first between the 4 journey stages, then between the touchpoints within each stage.',
  );
  await method.scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(SHOTS, 'drivers-32-1440.png') });
});

test('the stress study: every deliverable in three languages, with Danish falling back visibly', async ({
  page,
  request,
}) => {
  await openStress(page, request);
  const dir = mkdtempSync(join(tmpdir(), 'tp-e2e-stress-'));
  const files = await exportAll(page, dir, 'stress', ['da']);
  checkAll(files, 'Nordlys Forsikring');
  // The Danish PDF says on its method page what the Report page said before the export.
  const da = run('pdftotext', [files.find((f) => f.lang === 'da')!.pdf, '-']).replace(/\s+/g, ' ');
  expect(da).toMatch(/Nogle tekster i denne undersøgelse findes ikke på dansk/);

  // The Report page with the notice, at both sizes.
  await page.getByTestId('nav-report').click();
  await page.getByTestId('report-lang').click();
  await page.getByRole('option', { name: 'Danish', exact: true }).click();
  await expect(page.getByTestId('report-language-notice')).toBeVisible();
  for (const [w, h] of [
    [1440, 900],
    [1920, 1080],
  ] as const) {
    await page.setViewportSize({ width: w, height: h });
    await page.screenshot({ path: join(SHOTS, `report-language-notice-${w}.png`) });
  }
  writeFileSync(join(SHOTS, 'stress-files.json'), JSON.stringify(files, null, 2));
});

test('Settings records a wave’s invitations and answers, and shows its response rate', async ({ page }) => {
  const start = await new StartPage(page).goto();
  await start.openSample();
  await page.getByTestId('nav-settings').click();
  const card = page.getByTestId('fieldwork-card');
  await card.scrollIntoViewIfNeeded();
  // The sample records 1,450 invited to 2025, of whom its 420 respondents answered.
  await expect(page.getByTestId('fieldwork-2025-rate')).toHaveText('29%');
  await expect(page.getByTestId('fieldwork-2025-start')).toHaveValue('2025-03-03');
  await page.getByTestId('fieldwork-2026-invited').fill('2000');
  await page.getByTestId('fieldwork-2026-responded').fill('500');
  await page.getByTestId('fieldwork-2026-save').click();
  await expect(page.getByTestId('fieldwork-2026-rate')).toHaveText('25%');
  // More answers than invitations is refused with a message, and nothing changes.
  await page.getByTestId('fieldwork-2026-invited').fill('400');
  await page.getByTestId('fieldwork-2026-save').click();
  await expect(page.getByText(/only 400 invited/)).toBeVisible();
  await expect(page.getByTestId('fieldwork-2026-rate')).toHaveText('25%');
  for (const [w, h] of [
    [1440, 900],
    [1920, 1080],
  ] as const) {
    await page.setViewportSize({ width: w, height: h });
    await card.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, `settings-fieldwork-${w}.png`) });
  }
});
