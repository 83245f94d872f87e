import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expectedFromCsv, fmt } from './expected';
import { StartPage } from './pages/StartPage';

const CSV = join(process.cwd(), 'tests/fixtures/e2e/responses-2026.csv');
const SHOTS = join(process.cwd(), 'test-results/screenshots');
const want = expectedFromCsv(CSV, 'WEB_SAT', 'NPS');

test.beforeAll(() => mkdirSync(SHOTS, { recursive: true }));

test('create a study, design, import, see the dashboard, export the PDF', async ({ page }) => {
  const start = await new StartPage(page).goto();
  await page.screenshot({ path: join(SHOTS, 'start.png') });

  const study = await start.createStudy('Fjordkraft Demo AS', 'Customer satisfaction 2026');
  await expect(study.heading).toContainText('Fjordkraft Demo AS');

  const q = await study.questionnaire();
  await q.addStage('Purchase');
  await q.addTouchpoint(0, 'Web shop');
  await q.addQuestion([0, 0], {
    code: 'WEB_SAT',
    text: 'How satisfied are you with the web shop?',
    type: 'Rating',
    role: 'Performance',
    scale: '1–5',
  });
  await q.addQuestion(null, {
    code: 'NPS',
    text: 'How likely are you to recommend us to a friend or colleague?',
    type: 'NPS (0–10)',
    role: 'Recommendation (NPS)',
  });
  await expect(page.getByTestId('question-row-NPS')).toContainText('0–10');

  await page.screenshot({ path: join(SHOTS, 'questionnaire.png'), fullPage: true });
  const data = await study.data();
  await data.preview(CSV);
  await expect(page.getByTestId('import-col-WEB_SAT')).toContainText('WEB_SAT');
  await expect(page.getByTestId('import-col-NPS')).toContainText('NPS');
  await page.screenshot({ path: join(SHOTS, 'import-preview.png'), fullPage: true });
  await data.commit(2026);
  await expect(page.getByTestId('import-rows-imported')).toHaveText(String(want.rows));
  await expect(page.getByTestId('wave-row-2026')).toContainText(String(want.rows));

  const dash = await study.dashboard();
  await expect(dash.npsValue).toHaveText(fmt(want.nps, 'en-GB', 0, true));
  await expect(dash.npsMargin).toHaveText(`±${fmt(want.margin95, 'en-GB', 1)}`);
  await expect(dash.mean('WEB_SAT')).toHaveText(fmt(want.mean, 'en-GB', 2));
  await expect(page.getByTestId('kpi-respondents-value')).toHaveText(String(want.rows));
  await expect.poll(() => dash.isDrawn(dash.touchpointChart)).toBe(true);
  await expect.poll(() => dash.isDrawn(dash.npsChart)).toBe(true);
  await page.screenshot({ path: join(SHOTS, 'dashboard.png'), fullPage: true });

  // Present mode: slides, large, no chrome; Esc twice leaves.
  const view = await dash.present();
  await expect(view.getByTestId('kpi-nps-value')).toHaveText(fmt(want.nps, 'en-GB', 0, true));
  // Full screen, above the app's chrome.
  const box = await page.getByRole('dialog').boundingBox();
  expect(box?.width).toBeGreaterThanOrEqual(1400);
  expect(box?.height).toBeGreaterThanOrEqual(880);
  await page.screenshot({ path: join(SHOTS, 'present.png') });
  // Esc opens the slide overview; Esc there leaves.
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('present-overview')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(view).toBeHidden();

  // Norwegian: decimal comma, translated labels; then back to English.
  await study.switchLanguage('NB');
  await expect(dash.mean('WEB_SAT')).toHaveText(fmt(want.mean, 'nb-NO', 2));
  await expect(dash.mean('WEB_SAT')).toContainText(',');
  await expect(page.getByTestId('nav-questionnaire')).toHaveText('Spørreskjema');
  await page.screenshot({ path: join(SHOTS, 'dashboard-nb.png'), fullPage: true });
  await study.switchLanguage('DA');
  await expect(page.getByTestId('nav-questionnaire')).toHaveText('Spørgeskema');
  await page.screenshot({ path: join(SHOTS, 'dashboard-da.png'), fullPage: true });
  await study.switchLanguage('EN');

  const report = await study.report();
  const download = await report.exportPdf();
  const pdfPath = join(process.cwd(), 'test-results/report-2026.pdf');
  await download.saveAs(pdfPath);
  expect(download.suggestedFilename()).toMatch(/\.pdf$/);
  await expect(page.getByTestId('report-done')).toBeVisible();

  const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
  expect(text).toContain(fmt(want.nps, 'en-GB', 0, true));
  expect(text).toContain(`±${fmt(want.margin95, 'en-GB', 1)}`);
  expect(text).toContain(fmt(want.mean, 'en-GB', 2));
  expect(text).toContain('Fjordkraft Demo AS');
  const info = execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' });
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
  expect(pages).toBeGreaterThanOrEqual(2);
  await expect(page.getByTestId('report-done')).toContainText(`${pages} page`);
});

test('the sample study opens on its dashboard', async ({ page }) => {
  const start = await new StartPage(page).goto();
  const study = await start.openSample();
  const dash = await study.dashboard();
  await expect(dash.npsValue).toHaveText(/^[+−-]?\d+$/);
  await expect.poll(() => dash.isDrawn(dash.touchpointChart)).toBe(true);
  await page.screenshot({ path: join(SHOTS, 'sample-dashboard.png'), fullPage: true });
});
