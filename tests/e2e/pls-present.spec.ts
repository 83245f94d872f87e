/**
 * The satisfaction index in the workshop: the sample study's dashboard card follows the live filter
 * (the previous figures stay while the new ones are computed), with the change since 2025 and each
 * branch's index; in present mode the index slide shows the same figures at projector size, changes
 * with a filter set from the keyboard, and shows the standard notice for a group under k.
 */
import { expect, test } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { FilterBar } from './pages/FilterBar';
import { PresentDeck } from './pages/PresentDeck';
import { StartPage } from './pages/StartPage';

const SHOTS = join(process.cwd(), 'test-results/screenshots/pls-present');
test.beforeAll(() => mkdirSync(SHOTS, { recursive: true }));

const INDEX = /^\d+[.,]\d$/;

test('the index card and the index slide follow the live filter; a group under k is hidden', async ({
  page,
}) => {
  test.setTimeout(240_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.setViewportSize({ width: 1440, height: 900 });
  const start = await new StartPage(page).goto();
  const study = await start.openSample();
  await study.dashboard();

  // The dashboard card: index, change since 2025 with its test, impacts and the branches.
  const card = page.getByTestId('pls-index-card');
  const value = card.getByTestId('pls-index-value');
  await expect(value).toHaveText(INDEX, { timeout: 60_000 });
  const whole = await value.innerText();
  await expect(card.getByTestId('pls-change')).toContainText('Since 2025');
  await expect(card.getByTestId('pls-change')).toContainText('p = ');
  await expect(card.getByTestId('pls-impacts')).toContainText('Awareness & advice');
  await expect(card.getByTestId('pls-unit-row').first()).toBeVisible();
  // Beside the impacts, their importance–performance map (IPMA).
  await expect(card.getByTestId('pls-ipma')).toContainText('Importance–performance map (index)');
  await expect(card.getByTestId('pls-ipma-chart').locator('canvas')).toBeVisible();
  await card.scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(SHOTS, 'card-1440.png'), fullPage: false });
  const method = card.getByTestId('pls-method');
  await expect(method).toContainText('estimated on the filtered group, unweighted;');

  // Weighted like the dashboard: the card follows the weight column, and the method line says so.
  const control = page.getByTestId('weighting-control');
  await control.getByText('Weight column').click();
  await expect(method).toContainText('weighted like the dashboard (weighted PLS-SEM', { timeout: 60_000 });
  await expect(value).toHaveText(INDEX);
  await expect(card).not.toHaveAttribute('aria-busy', 'true');
  await card.scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(SHOTS, 'card-weighted-1440.png') });
  await control.getByText('None').click();
  await expect(method).toContainText('unweighted;', { timeout: 60_000 });
  await expect(value).toHaveText(whole, { timeout: 60_000 });

  const bar = new FilterBar(page);
  await bar.set('Branch office', ['Bergen']);
  await expect(bar.chip.first()).toContainText('Bergen');
  await expect(value).not.toHaveText(whole, { timeout: 60_000 });
  await expect(value).toHaveText(INDEX);
  await expect(card).not.toHaveAttribute('aria-busy', 'true');
  const bergen = await value.innerText();
  // within one branch the per-branch table has that branch only
  await expect(card.getByTestId('pls-unit-row')).toHaveCount(1);
  await card.scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(SHOTS, 'card-bergen-1440.png') });
  await bar.clear();
  await expect(value).toHaveText(whole, { timeout: 60_000 });

  // Present mode at 1920 × 1080: go to the index slide.
  await page.setViewportSize({ width: 1920, height: 1080 });
  await card.scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(SHOTS, 'card-1920.png') });
  const deck = new PresentDeck(page);
  await deck.enter();
  await deck.press('g');
  await expect(deck.overview).toBeVisible();
  await deck.overview.getByText('Satisfaction index 2026', { exact: true }).click();
  await expect(deck.title).toHaveText('Satisfaction index 2026');
  const slide = deck.root.getByTestId('slide-index');
  const shown = slide.getByTestId('pls-index-value');
  await expect(shown).toHaveText(whole, { timeout: 60_000 });
  await expect(slide.getByTestId('pls-change')).toContainText('Since 2025');
  await expect(slide.getByTestId('pls-impacts')).toBeVisible();
  await page.screenshot({ path: join(SHOTS, 'slide-1920.png') });

  // A filter from the keyboard: the slide shows Bergen's index (the same figure as the card's).
  await deck.root.focus();
  await deck.filter('Branch office', 'Bergen');
  await expect(deck.title).toHaveText('Satisfaction index 2026');
  await expect(shown).toHaveText(bergen, { timeout: 60_000 });
  await page.screenshot({ path: join(SHOTS, 'slide-bergen-1920.png') });
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.screenshot({ path: join(SHOTS, 'slide-bergen-1440.png') });
  const fits = () => deck.root.evaluate((el) => el.scrollHeight <= el.clientHeight + 1);
  expect(await fits()).toBe(true);
  // The next slide: the index's importance–performance map for the same group.
  await deck.root.focus();
  await deck.press('ArrowRight');
  await expect(deck.title).toHaveText('Importance–performance map (index)');
  const ipma = deck.root.getByTestId('slide-index-ipma');
  await expect(ipma.getByTestId('ipma-chart').locator('canvas')).toBeVisible({ timeout: 60_000 });
  await expect(ipma).toContainText('mean importance');
  expect(await fits()).toBe(true);
  await page.screenshot({ path: join(SHOTS, 'slide-ipma-bergen-1440.png') });
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.waitForTimeout(500); // the chart redraws to the new size
  await page.screenshot({ path: join(SHOTS, 'slide-ipma-bergen-1920.png') });
  await deck.press('ArrowLeft');
  await expect(deck.title).toHaveText('Satisfaction index 2026');
  await deck.root.focus();

  // Molde × Agriculture has 2 respondents: the slide is the standard notice, no number.
  await deck.filter('Customer type', 'Agriculture');
  await deck.filter('Branch office', 'Molde');
  await deck.filter('Branch office', 'Bergen'); // toggles Bergen off
  await expect(slide.getByTestId('slide-suppressed')).toBeVisible({ timeout: 60_000 });
  await expect(slide.getByTestId('pls-index-value')).toHaveCount(0);
  await page.screenshot({ path: join(SHOTS, 'slide-suppressed-1920.png') });
  expect(errors).toEqual([]);
});
