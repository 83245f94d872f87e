import { expect, test } from '@playwright/test';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { textRuns, zipParts } from '../../src/main/services/report/pptx/office-test-utils';
import { StartPage } from './pages/StartPage';

const SHOTS = join(process.cwd(), 'test-results/screenshots');
test.beforeAll(() => mkdirSync(SHOTS, { recursive: true }));

test('exports the PowerPoint deck and the Excel tables of the sample study in Norwegian', async ({
  page,
}) => {
  const start = await new StartPage(page).goto();
  const study = await start.openSample();
  await study.switchLanguage('NB');
  await page.getByTestId('nav-report').click();
  await expect(page.getByTestId('deliverable-pptx')).toContainText('PowerPoint-presentasjon');

  // The deck: a zip with native chart parts, Norwegian slide text and the sample's client.
  const deckDownload = page.waitForEvent('download');
  await page.getByTestId('export-pptx').click();
  const deck = await deckDownload;
  expect(deck.suggestedFilename()).toMatch(/^nordlys-forsikring-.*\.pptx$/);
  await expect(page.getByTestId('done-pptx')).toContainText('lysbilder');
  const parts = zipParts(readFileSync((await deck.path())!));
  const charts = [...parts.keys()].filter((p) => /^ppt\/charts\/chart\d+\.xml$/.test(p));
  expect(charts.length).toBeGreaterThanOrEqual(7);
  for (const c of charts) expect(parts.get(c)).toMatch(/<c:(barChart|scatterChart)>/);
  const text = [...parts.entries()]
    .filter(([p]) => /^ppt\/slides\/slide\d+\.xml$/.test(p))
    .flatMap(([, x]) => textRuns(x))
    .join('\n');
  for (const want of ['Nordlys Forsikring', 'Sammendrag', 'Kontaktpunkter', 'Metodevedlegg'])
    expect(text).toContain(want);

  // The tables: SheetJS reads them back with Norwegian sheets, numbers as numbers.
  const xlsxDownload = page.waitForEvent('download');
  await page.getByTestId('export-xlsx').click();
  const tables = await xlsxDownload;
  expect(tables.suggestedFilename()).toMatch(/\.xlsx$/);
  await expect(page.getByTestId('done-xlsx')).toContainText('9 ark');
  const wb = XLSX.read(readFileSync((await tables.path())!), { type: 'buffer' });
  expect(wb.SheetNames).toContain('Kontaktpunkter per måling');
  expect(wb.SheetNames).toContain('Krysstabell');
  const first = wb.Sheets['Kontaktpunkter per måling']!;
  expect(first['C3']).toMatchObject({ t: 'n' });

  for (const [w, h] of [
    [1440, 900],
    [1920, 1080],
  ] as const) {
    await page.setViewportSize({ width: w, height: h });
    await page.screenshot({ path: join(SHOTS, `report-deliverables-${w}.png`) });
  }
});
