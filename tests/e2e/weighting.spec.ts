import { expect, test } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { StartPage } from './pages/StartPage';

const SHOTS = join(process.cwd(), 'test-results/screenshots');
test.beforeAll(() => mkdirSync(SHOTS, { recursive: true }));

/** Norway's adults by age group, roughly: what a consultant would type from the statistics office. */
const AGE = { '1': 18, '2': 25, '3': 25, '4': 20, '5': 12 };

test('weighting targets on the sample study: validated, saved, shown with the effective n, and the dashboard says it is weighted', async ({
  page,
}) => {
  const study = await new StartPage(page).goto().then((s) => s.openSample());
  const dashboard = page.getByTestId('dashboard-page');
  await dashboard.waitFor();
  await expect(page.getByTestId('dashboard-weighted')).toHaveCount(0);

  await page.getByTestId('nav-settings').click();
  const card = page.getByTestId('weighting-card');
  await expect(card.getByTestId('weighting-none')).toContainText('results are unweighted');
  await card.getByTestId('weighting-edit').click();

  // No variable chosen yet: saving says so.
  await card.getByTestId('weighting-save').click();
  await expect(card.getByTestId('weighting-errors')).toContainText(
    'Choose a background variable for every row.',
  );

  await card.getByTestId('weighting-variable-0').click();
  await page.getByRole('option', { name: 'Age group' }).click();
  for (const [code, share] of Object.entries(AGE)) {
    await card.getByTestId(`weighting-share-AGE-${code}`).fill(String(code === '5' ? 7 : share));
  }
  await expect(card.getByTestId('weighting-sum-0')).toHaveText('Total: 95%');
  await card.getByTestId('weighting-save').click();
  await expect(card.getByTestId('weighting-errors')).toContainText(
    'The shares of Age group add up to 95%; they must add up to 100%.',
  );
  await card.getByTestId('weighting-share-AGE-5').fill(String(AGE['5']));
  await expect(card.getByTestId('weighting-sum-0')).toHaveText('Total: 100%');
  // The message about the old sum goes as soon as a share changes.
  await expect(card.getByTestId('weighting-errors')).toHaveCount(0);
  await card.scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(SHOTS, 'weighting-editor-1440.png') });
  await card.getByTestId('weighting-save').click();

  await expect(page.getByTestId('success-notice')).toContainText('The targets are saved');
  const current = card.getByTestId('weighting-current');
  await expect(current).toContainText('Age group');
  await expect(current).toContainText('18.0%');
  await expect(card.getByTestId('weighting-badge')).toHaveText('Weighted');
  await expect(card.getByTestId('weighting-effective')).toContainText(
    /Wave 2026: effective n \d+ of 460 respondents \(design effect 1\.\d\d\); \d+ left out/,
  );
  await card.scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(SHOTS, 'weighting-1440.png') });
  await page.setViewportSize({ width: 1920, height: 1080 });
  await card.scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(SHOTS, 'weighting-1920.png') });
  await page.setViewportSize({ width: 1440, height: 900 });

  // The dashboard is now raked to the targets and says so, with the effective n.
  await study.dashboard();
  const weighted = page.getByTestId('dashboard-weighted');
  await expect(weighted).toContainText('Weighted');
  await expect(weighted).toContainText(/Weighted to the population targets · effective n \d+ of 460/);
  await page.screenshot({ path: join(SHOTS, 'weighting-dashboard-1440.png') });

  // Removing the targets makes the results unweighted again.
  await page.getByTestId('nav-settings').click();
  await card.getByTestId('weighting-remove').click();
  await expect(card.getByTestId('weighting-none')).toBeVisible();
  await study.dashboard();
  await expect(page.getByTestId('dashboard-weighted')).toHaveCount(0);
});
