import { expect, test } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ImportWizardPage } from './pages/import-wizard';
import { StartPage } from './pages/StartPage';

const KOBO = join(
  process.cwd(),
  'tests/fixtures/import/survey-exports/kobotoolbox/kobo_meeting_form_repeats.xlsx',
);
const SHOTS = join(process.cwd(), 'test-results/screenshots');

test.beforeAll(() => mkdirSync(SHOTS, { recursive: true }));

test('a KoboToolbox export: the tool named, bookkeeping and coordinates left out with why, repeat groups offered', async ({
  page,
}) => {
  const start = await new StartPage(page).goto();
  const study = await start.createStudy('Nordlys AS', 'Møteskjema 2024');
  await study.data();
  const wizard = new ImportWizardPage(page);
  await wizard.pick(KOBO);
  await expect(page.getByTestId('import-detected-tool')).toHaveText('KoboToolbox / ODK');

  // The main sheet holds the submission's bookkeeping and a geopoint: all of it listed, none a question.
  const leftOut = page.getByTestId('import-left-out');
  await expect(leftOut).toContainText('18 columns left out of the questions');
  const row = (header: string) =>
    page.getByTestId('import-left-out-row').filter({ has: page.getByText(header, { exact: true }) });
  await expect(row('_submission_time')).toContainText('submission time');
  await expect(row('_uuid')).toContainText('respondent id');
  await expect(row('Project_location')).toContainText('holds coordinates');
  await expect(row('Project_location')).toHaveAttribute('data-kind', 'personal');
  await expect(row('_Project_location_latitude')).toContainText('coordinates');
  await expect(row('start')).toContainText('start time');

  // The repeat groups are other sheets, listed; one can be imported as its own question set.
  const sheets = page.getByTestId('import-other-sheet');
  await expect(sheets).toHaveCount(3);
  await expect(sheets.filter({ hasText: 'topics_discussed' })).toContainText('8 rows');
  await expect(sheets.filter({ hasText: 'topics_discussed' })).toContainText('repeat group');
  for (const [w, h] of [
    [1440, 900],
    [1920, 1080],
  ] as const) {
    await page.setViewportSize({ width: w, height: h });
    await page.screenshot({ path: join(SHOTS, `import-tools-kobo-${w}x${h}.png`), fullPage: true });
  }

  await sheets.filter({ hasText: 'topics_discussed' }).getByTestId('import-other-sheet-open').click();
  await expect(page.getByTestId('import-sheet')).toHaveValue('topics_discussed');
  await expect(page.getByTestId('import-detected-rows')).toHaveText('8');
  await expect(row('_parent_index')).toContainText('the tool’s bookkeeping');
  await wizard.next('mapping');
  await page.getByTestId('import-create-all').click();
  await expect(page.getByTestId('import-mapping-summary')).toContainText('3 new questions');
  await wizard.toValidation();
  await wizard.commit(2024);
  expect(await wizard.counts()).toEqual({ read: 8, imported: 8, skipped: 0, created: 3 });
});
