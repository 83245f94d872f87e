/**
 * The workshop on a 1920 × 1080 projector, by keyboard only: the sample study's dashboard goes into
 * present mode; every slide is walked (its title and "n / N" checked, a screenshot kept), back and
 * forth with every key a laptop or a presenter clicker sends; the overview opens with G and Esc;
 * a number key jumps; a branch is filtered on a slide, then a group under k shows the suppression
 * notice; Esc twice leaves, and re-entering lands on the same slide.
 */
import { expect, test } from '@playwright/test';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { E2E_TOKEN } from '../../playwright.config';
import { buildLiveStudy } from '../bench/live-study';
import { PresentDeck } from './pages/PresentDeck';
import { StartPage } from './pages/StartPage';

const SHOTS = join(process.cwd(), 'test-results/screenshots/present');

/** The sample study's deck: key figures, one slide per journey stage, map, drivers, units, index, its importance–performance map, change, trend, comments. */
const TITLES = [
  'Key figures 2026',
  'Awareness & advice',
  'Purchase',
  'Onboarding',
  'Claims',
  'Service & contact',
  'Renewal',
  'Importance and performance',
  'What drives overall satisfaction',
  'Overall satisfaction by Branch office',
  'Satisfaction index 2026',
  'Importance–performance map (index)',
  'Change since 2025',
  'Trend over all waves',
  'What customers wrote',
];
const COUNT = TITLES.length;

test.use({ viewport: { width: 1920, height: 1080 } });
test.beforeAll(() => mkdirSync(SHOTS, { recursive: true }));

test('the whole deck by keyboard: every slide, overview, number keys, a filter, suppression, re-entry', async ({
  page,
}) => {
  test.setTimeout(240_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  const start = await new StartPage(page).goto();
  const study = await start.openSample();
  await study.dashboard();
  await expect(page.getByTestId('kpi-nps-value')).toHaveText(/\d/);
  const deck = new PresentDeck(page);
  await deck.enter();
  await expect(deck.root).toBeFocused();

  // Forward through every slide, with each key that moves on.
  const forward = ['ArrowRight', 'PageDown', 'Space', 'ArrowDown'];
  for (const [i, title] of TITLES.entries()) {
    await deck.expectSlide(i + 1, COUNT, title);
    const canvas = deck.root.locator('canvas').first();
    if (title === 'What customers wrote') {
      // Words, not a chart: promoters' and detractors' comments, masked.
      await expect(deck.root.getByTestId('slide-comment').first()).toBeVisible();
    } else if (title.startsWith('Satisfaction index')) {
      // Figures and bars, no chart: the index of the sample's EPSI model.
      await expect(deck.root.getByTestId('pls-index-value')).toHaveText(/^\d+[.,]\d$/, { timeout: 30_000 });
    } else if (i > 0) await expect.poll(() => study.isDrawn(canvas), { timeout: 20_000 }).toBe(true);
    await page.screenshot({ path: join(SHOTS, `slide-${String(i + 1).padStart(2, '0')}.png`) });
    if (i < COUNT - 1) await deck.press(forward[i % forward.length]!);
  }
  // The last slide stays the last; back with each key that goes back; Home and End.
  await deck.press('PageDown');
  await deck.expectSlide(COUNT, COUNT, TITLES[COUNT - 1]!);
  await deck.press('PageUp');
  await deck.expectSlide(COUNT - 1, COUNT, TITLES[COUNT - 2]!);
  await deck.press('Shift+Space');
  await deck.expectSlide(COUNT - 2, COUNT, TITLES[COUNT - 3]!);
  await deck.press('ArrowLeft');
  await deck.press('ArrowUp');
  await deck.expectSlide(COUNT - 4, COUNT, TITLES[COUNT - 5]!);
  await deck.press('Home');
  await deck.expectSlide(1, COUNT, TITLES[0]!);
  await deck.press('End');
  await deck.expectSlide(COUNT, COUNT, TITLES[COUNT - 1]!);

  // The clicker's blank key: black, and the next press only brings the slide back.
  await deck.press('b');
  await expect(page.getByTestId('present-blank')).toBeVisible();
  await deck.press('PageDown');
  await expect(page.getByTestId('present-blank')).toBeHidden();
  await deck.expectSlide(COUNT, COUNT, TITLES[COUNT - 1]!);

  // The overview: G opens it on the current slide, arrows move, Enter opens; a number key jumps.
  await deck.press('g');
  await expect(deck.overview).toBeVisible();
  await expect(deck.overview.getByTestId(`overview-slide-${COUNT}`)).toHaveAttribute('data-focused', 'true');
  await page.screenshot({ path: join(SHOTS, 'overview.png') });
  await deck.press('Home');
  await deck.press('ArrowRight');
  await deck.press('ArrowRight');
  await deck.press('Enter');
  await expect(deck.overview).toBeHidden();
  await deck.expectSlide(3, COUNT, TITLES[2]!);
  await deck.press('5');
  await deck.expectSlide(5, COUNT, TITLES[4]!);
  await deck.press('Escape');
  await expect(deck.overview).toBeVisible();
  await deck.press('9');
  await deck.expectSlide(9, COUNT, TITLES[8]!);

  // On the units slide, filter to a branch from the keyboard: the footer says who and how many.
  await deck.press('ArrowRight');
  await deck.expectSlide(10, COUNT, TITLES[9]!);
  await deck.filter('Branch office', 'Bergen');
  const chip = deck.root.getByTestId('filter-chip');
  await expect(chip).toContainText('Branch office = Bergen');
  await expect(deck.footerN).toHaveText('n = 64');
  await deck.expectSlide(10, COUNT, TITLES[9]!);
  await expect.poll(() => study.isDrawn(deck.root.locator('canvas').first())).toBe(true);
  await page.screenshot({ path: join(SHOTS, 'filtered-bergen.png') });

  // Molde × Agriculture has 2 respondents: every slide says it is hidden and why, never a number.
  await deck.filter('Customer type', 'Agriculture');
  await deck.filter('Branch office', 'Molde');
  await deck.filter('Branch office', 'Bergen'); // toggles Bergen off
  await expect(chip).toContainText('Branch office = Molde · Customer type = Agriculture');
  await expect(deck.footerN).toHaveText('Group too small to show');
  const notice = deck.root.getByTestId('suppressed').first();
  await expect(notice).toContainText('The filter selects fewer than 5 respondents');
  await page.screenshot({ path: join(SHOTS, 'suppressed-units.png') });
  await deck.press('Home');
  await deck.expectSlide(1, COUNT, TITLES[0]!);
  await expect(deck.root.getByTestId('kpi-nps')).toContainText('This filter is not allowed');
  await deck.press('2');
  await expect(deck.root.getByTestId('suppressed').first()).toContainText(
    'The filter selects fewer than 5 respondents',
  );
  await expect(deck.root.getByTestId('touchpoint-chart')).toHaveCount(0);
  await page.screenshot({ path: join(SHOTS, 'suppressed-journey.png') });

  // Esc opens the overview, Esc again leaves; re-entering lands on the same slide.
  await deck.press('Escape');
  await expect(deck.overview).toBeVisible();
  await deck.press('Escape');
  await expect(deck.root).toBeHidden();
  await deck.enter();
  await deck.expectSlide(2, COUNT, TITLES[1]!);
  await expect(deck.root.getByTestId('filter-chip')).toContainText('Molde');

  // High contrast with H; the same slide at 1440 × 900 still fits (no scrolling anywhere).
  await deck.press('Home');
  await deck.press('h');
  await expect(deck.root).toHaveAttribute('data-contrast', 'true');
  await deck.root.getByTestId('filter-chip-clear').focus();
  await deck.press('Enter');
  await expect(deck.root.getByTestId('filter-chip')).toHaveCount(0);
  await deck.root.focus();
  await deck.press('2');
  await expect.poll(() => study.isDrawn(deck.root.locator('canvas').first())).toBe(true);
  await page.screenshot({ path: join(SHOTS, 'contrast-journey.png') });
  await deck.press('h');
  await page.setViewportSize({ width: 1440, height: 900 });
  await deck.press('8');
  await expect.poll(() => study.isDrawn(deck.root.locator('canvas').first())).toBe(true);
  await page.screenshot({ path: join(SHOTS, 'map-1440.png') });
  const fits = () => deck.root.evaluate((el) => el.scrollHeight <= el.clientHeight + 1);
  expect(await fits()).toBe(true);
  // 4K: the same slide, zoomed ×2, its canvas drawn at the screen's resolution.
  await page.setViewportSize({ width: 3840, height: 2160 });
  await expect.poll(() => study.isDrawn(deck.root.locator('canvas').first())).toBe(true);
  expect(await fits()).toBe(true);
  const canvasWidth = await deck.root
    .locator('canvas')
    .first()
    .evaluate((c) => (c as HTMLCanvasElement).width);
  expect(canvasWidth).toBeGreaterThan(3000);
  await page.screenshot({ path: join(SHOTS, 'map-4k.png') });
  expect(errors).toEqual([]);
});

/** In the data folder's studies folder: the browser host opens studies there, by name only. */
const LONG_NAME = 'present-long-journey.tpstudy';

test('a long journey: 36 touchpoints in three stages take two slides per stage, none scrolls', async ({
  page,
  request,
}) => {
  test.setTimeout(180_000);
  const data = process.env.TOUCHPOINT_E2E_DATA!;
  const path = join(data, 'studies', LONG_NAME);
  if (!existsSync(path)) {
    mkdirSync(join(data, 'long'), { recursive: true });
    mkdirSync(join(data, 'studies'), { recursive: true });
    await buildLiveStudy(path, join(data, 'long'), {
      respondents: 2_000,
      touchpoints: 36,
      importance: false,
      units: 6,
    });
  }
  const res = await request.post('/api/study/open', {
    data: { path: LONG_NAME },
    headers: { Authorization: `Bearer ${E2E_TOKEN}` },
  });
  expect(res.ok()).toBe(true);
  await new StartPage(page).goto();
  await page.getByTestId('recent-list').getByText('Live filter, 2,000 respondents').first().click();
  await expect(page.getByTestId('kpi-nps-value')).toHaveText(/\d/, { timeout: 60_000 });
  const deck = new PresentDeck(page);
  await deck.enter();
  await deck.press('Home');
  await deck.expectSlide(1, await countOf(deck), 'Key figures 2026');
  const count = await countOf(deck);
  const stages = ['Before', 'During', 'After'];
  for (const [i, stage] of stages.flatMap((s) => [`${s} (1 of 2)`, `${s} (2 of 2)`]).entries()) {
    await deck.press('PageDown');
    await deck.expectSlide(i + 2, count, stage);
    const chart = deck.root.getByTestId('touchpoint-chart');
    await expect(chart).toBeVisible();
    // Six bars, all inside the slide: nothing below the footer's top edge, nothing to scroll.
    const [chartBox, footerBox] = [
      await chart.boundingBox(),
      await deck.root.getByTestId('present-footer').boundingBox(),
    ];
    expect(chartBox!.y + chartBox!.height).toBeLessThanOrEqual(footerBox!.y + 1);
    expect(await deck.root.evaluate((el) => el.scrollHeight <= el.clientHeight + 1)).toBe(true);
    if (i === 0) await page.screenshot({ path: join(SHOTS, 'long-stage-1-of-2.png') });
  }
});

async function countOf(deck: PresentDeck): Promise<number> {
  return Number((await deck.counter.textContent())?.split('/')[1]?.trim());
}
