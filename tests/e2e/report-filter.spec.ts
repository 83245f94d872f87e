import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FilterBar } from './pages/FilterBar';
import { StartPage } from './pages/StartPage';

function pdfText(path: string): string | null {
  try {
    return execFileSync('pdftotext', ['-layout', path, '-']).toString('utf8').replace(/\s+/g, ' ');
  } catch {
    return null; // poppler-utils missing: the download itself is still checked
  }
}

test('the report can be made for the group in the live filter, and says so', async ({ page }) => {
  const study = await new StartPage(page).goto().then((s) => s.openSample());
  await page.getByTestId('dashboard-page').waitFor();
  await new FilterBar(page).set('Region', ['North']);
  await expect(page.getByTestId('filter-chip')).toBeVisible();

  const report = await study.report();
  const only = page.getByTestId('report-only-filter');
  await expect(page.getByTestId('report-page')).toContainText(
    'Only the group in the live filter: Region = North',
  );
  await only.check();
  await page.screenshot({ path: join(process.cwd(), 'test-results/screenshots/report-filter-1440.png') });
  const download = await report.exportPdf();
  const file = join(mkdtempSync(join(tmpdir(), 'tp-report-')), 'north.pdf');
  await download.saveAs(file);
  const text = pdfText(file);
  if (text !== null)
    expect(text).toMatch(/This report covers one group only: Region: North \(\d+ respondents\)/);
  await expect(page.getByTestId('report-done')).toBeVisible();
});
