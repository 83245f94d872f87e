import { expect, test } from '@playwright/test';
import type { APIRequestContext, Page } from '@playwright/test';
import { join } from 'node:path';
import { E2E_TOKEN } from '../../playwright.config';
import { ImportWizardPage } from './pages/import-wizard';
import { StartPage } from './pages/StartPage';

// Every date fits both day first and month first: 03/04/2025 is 3 April or 4 March.
const FILE = join(process.cwd(), 'tests/fixtures/import/dates/visit-dates-ambiguous.csv');
const DOCS = join(process.cwd(), 'docs');
const MONTH_FIRST = ['2025-01-02', '2025-03-04', '2025-05-06', '2025-07-08', '2025-11-12'];

async function call<T>(request: APIRequestContext, name: string, input: object): Promise<T> {
  const res = await request.post(`/api/${name}`, {
    headers: { Authorization: `Bearer ${E2E_TOKEN}` },
    data: input,
  });
  const body = (await res.json()) as { ok: boolean; value: T; error?: unknown };
  expect(body.ok, JSON.stringify(body.error)).toBe(true);
  return body.value;
}

/** Picks a date format in the column's choice and waits for the preview to show it. */
async function chooseRule(page: Page, label: string): Promise<void> {
  const select = page.getByTestId('import-date-choice').getByTestId('import-date-rule');
  await select.click();
  await page.getByRole('option', { name: label, exact: true }).click();
  await expect(select).toHaveValue(label);
}

/** The wizard card, whole, at a window size (the app header cannot cover it in a full-page capture). */
async function docShot(page: Page, wizard: ImportWizardPage, w: number, h: number): Promise<void> {
  await page.setViewportSize({ width: w, height: h });
  await page.evaluate(() => window.scrollTo(0, 0));
  const box = await wizard.root.boundingBox();
  if (!box) throw new Error('the wizard is not visible');
  const clip = { x: box.x - 8, y: box.y - 8, width: box.width + 16, height: box.height + 16 };
  await page.screenshot({ path: join(DOCS, `import-dates-${w}.png`), fullPage: true, clip });
}

test('dates that fit day first and month first: the consultant chooses, the preview and the stored answers follow', async ({
  page,
  request,
}) => {
  const start = await new StartPage(page).goto();
  const study = await start.createStudy('Nordlys AS', 'Besøk 2025');
  await study.data();
  const studyId = (await page.getByTestId('data-page').getAttribute('data-study-id')) ?? '';
  const wizard = new ImportWizardPage(page);
  await wizard.pick(FILE);

  // Not guessed: the column is kept as written, and both readings are offered.
  const choice = page.getByTestId('import-date-choice');
  await expect(choice).toHaveAttribute('data-column', 'B');
  await expect(choice).toContainText('Every date in Visit date fits both day first and month first');
  const select = choice.getByTestId('import-date-rule');
  await expect(select).toHaveValue('Keep as written (not read as dates)');
  const firstRow = page.getByTestId('import-first-row').first();
  await expect(firstRow).toContainText('03/04/2025');
  await select.click();
  await expect(page.getByRole('option')).toHaveText([
    'Keep as written (not read as dates)',
    'day first: day/month/year (dd/mm/yyyy)',
    'month first: month/day/year (mm/dd/yyyy)',
  ]);
  await page.keyboard.press('Escape');

  await chooseRule(page, 'day first: day/month/year (dd/mm/yyyy)');
  await expect(firstRow).toContainText('2025-04-03');
  await expect(choice).toContainText('They are read as:');
  await chooseRule(page, 'month first: month/day/year (mm/dd/yyyy)');
  await expect(firstRow).toContainText('2025-03-04');
  await expect(page.getByTestId('import-first-row').nth(2)).toContainText('2025-11-12');
  for (const [w, h] of [
    [1440, 900],
    [1920, 1080],
  ] as const)
    await docShot(page, wizard, w, h);
  await page.setViewportSize({ width: 1440, height: 900 });

  await wizard.next('mapping');
  await page.getByTestId('import-create-all').click();
  await expect(page.getByTestId('import-mapping-summary')).toContainText('3 new questions');
  await wizard.toValidation();
  await wizard.commit(2025);
  expect(await wizard.counts()).toEqual({ read: 5, imported: 5, skipped: 0, created: 3 });

  // The stored answers are the dates read month first.
  const f = await call<{ counts: { value: string }[] }>(request, 'import/frequencies', {
    studyId,
    questionCode: 'Visit_date',
  });
  expect(f.counts.map((c) => c.value).sort()).toEqual(MONTH_FIRST);
});
