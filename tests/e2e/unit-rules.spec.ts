/**
 * Issue 11's done-when on the Units page: a study whose branch B6 has 3 respondents hides the
 * next-smallest branch B7 (8) beside it in every row; merging the small branches into "Other" in the Units page's card
 * leaves no branch hidden, and the hidden cells explain themselves. Screenshots at 1440×900 and
 * 1920×1080.
 */
import { expect, test } from '@playwright/test';
import { copyFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { E2E_TOKEN } from '../../playwright.config';
import { makeSmallBranchStudy } from '../../src/main/services/units/test-study-units';
import { FilterBar } from './pages/FilterBar';
import { StartPage } from './pages/StartPage';
import { UnitsPage } from './pages/UnitsPage';

const SHOTS = join(process.cwd(), 'test-results/screenshots');
const DATA = process.env.TOUCHPOINT_E2E_DATA!;
const STUDY_NAME = 'units-small-branch.tpstudy';

test.beforeAll(() => {
  mkdirSync(SHOTS, { recursive: true });
  mkdirSync(join(DATA, 'studies'), { recursive: true });
  const { path, db } = makeSmallBranchStudy(mkdtempSync(join(tmpdir(), 'tp-units-e2e-')), 8);
  db.close();
  copyFileSync(path, join(DATA, 'studies', STUDY_NAME));
});

for (const size of [
  { width: 1440, height: 900 },
  { width: 1920, height: 1080 },
]) {
  test(`merging the 3-respondent branch into Other hides no other branch (${size.width}×${size.height})`, async ({
    page,
    request,
  }) => {
    await page.setViewportSize(size);
    const res = await request.post('/api/study/open', {
      data: { path: STUDY_NAME },
      headers: { Authorization: `Bearer ${E2E_TOKEN}` },
    });
    const opened = (await res.json()) as { ok: boolean; value: { studyId: string } };
    expect(opened.ok).toBe(true);
    // start from no rule (the other viewport's run may have saved one)
    await request.post('/api/study/setUnitRules', {
      data: { studyId: opened.value.studyId, rule: { variable: 'BRANCH', excluded: [] } },
      headers: { Authorization: `Bearer ${E2E_TOKEN}` },
    });
    await new StartPage(page).goto();
    await page.getByTestId('recent-list').getByText('CX').first().click();
    await page.getByTestId('nav-units').click();
    const units = new UnitsPage(page);
    await units.root.waitFor();
    await expect(units.table).toBeVisible();
    // Before: B6 under k, and B7 hidden beside it so that B6 cannot be worked out from the total.
    await expect(units.table.getByTestId('unit-col-B6')).toBeVisible();
    const below = units.table.getByTestId('suppressed-cell');
    await expect(below.first()).toHaveText('< 5');
    const partner = units.table.getByTestId('suppressed-cell-complementary');
    await expect(partner.first()).toHaveText('hidden');
    await expect(partner.first()).toHaveAttribute(
      'title',
      'Hidden because, together with the total, it would reveal a group of fewer than 5 by subtraction.',
    );
    const card = page.getByTestId('unit-rules-card');
    await card.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, `units-before-${size.width}.png`), fullPage: true });

    // Merge branches under 10 respondents into "Small branches".
    await page.getByTestId('unit-merge-below').fill('10');
    await page.getByTestId('unit-merged-label-en').fill('Small branches');
    await page.getByTestId('unit-rules-save').click();
    await expect(units.table.getByTestId('unit-col-B6')).toHaveCount(0);
    await expect(units.table.getByTestId('unit-col-*other')).toHaveText('Small branches');
    await expect(units.table.getByTestId('suppressed-cell')).toHaveCount(0);
    await expect(units.table.getByTestId('suppressed-cell-complementary')).toHaveCount(0);
    await page.screenshot({ path: join(SHOTS, `units-merged-${size.width}.png`), fullPage: true });
    await card.screenshot({ path: join(SHOTS, `unit-rules-card-${size.width}.png`) });

    // The dashboard filtered to the merged branch: refused, and the card says why in words.
    await page.getByTestId('nav-dashboard').click();
    await new FilterBar(page).set('Branch', ['Option B6']);
    const why = page.getByTestId('suppressed-why').first();
    await expect(why).toHaveText(
      'This unit is shown only as part of “Other”, so it cannot be filtered to on its own. Filter to “Other” instead.',
    );
    await expect(page.locator('[data-testid="suppressed"][data-reason="filter"]').first()).toHaveAttribute(
      'data-rule',
      'filter-merged',
    );
    await page.screenshot({ path: join(SHOTS, `dashboard-refused-${size.width}.png`) });
  });
}
