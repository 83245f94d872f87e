import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { StartPage } from './pages/StartPage';

const SHOTS = join(process.cwd(), 'test-results/screenshots');
test.beforeAll(() => mkdirSync(SHOTS, { recursive: true }));

test('the Report page exports one PDF per branch of the sample study as a zip', async ({ page }) => {
  test.setTimeout(180_000);
  const start = await new StartPage(page).goto();
  await start.openSample();
  await page.getByTestId('nav-report').click();
  const card = page.getByTestId('deliverable-per-unit');
  await expect(card).toContainText('One report per unit');
  await expect(page.getByTestId('export-per-unit')).toBeDisabled();
  await page.getByTestId('per-unit-variable').click();
  await page.getByRole('option', { name: 'Branch office' }).click();

  const download = page.waitForEvent('download', { timeout: 150_000 });
  await page.getByTestId('export-per-unit').click();
  await expect(page.getByTestId('progress-per-unit')).toBeVisible();
  const zip = await download;
  expect(zip.suggestedFilename()).toBe('nordlys-forsikring-branch-2026.zip');
  // Python's zipfile reads the archive (CRC checked) and gives each entry's first bytes.
  const listing = execFileSync('python3', [
    '-c',
    'import sys,zipfile,json; z=zipfile.ZipFile(sys.argv[1]); assert z.testzip() is None; ' +
      'print(json.dumps({n: z.read(n)[:5].decode("latin-1") for n in z.namelist()}))',
    (await zip.path())!,
  ]).toString();
  const entries = JSON.parse(listing) as Record<string, string>;
  const names = Object.keys(entries);
  // The sample's ten branches all have at least k respondents: ten reports, none left out.
  expect(names).toHaveLength(10);
  expect(names).toContain('BRANCH-3-Trondheim.pdf');
  expect(names).toContain('BRANCH-1-Tromsø.pdf');
  for (const head of Object.values(entries)) expect(head).toBe('%PDF-');
  await expect(page.getByTestId('done-per-unit')).toHaveText('10 reports are in the zip file.');
  await expect(page.getByTestId('per-unit-skipped')).toHaveCount(0);

  for (const [w, h] of [
    [1440, 900],
    [1920, 1080],
  ] as const) {
    await page.setViewportSize({ width: w, height: h });
    await card.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, `per-unit-${w}.png`) });
  }
});
