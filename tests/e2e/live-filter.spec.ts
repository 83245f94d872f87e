/**
 * The live filter at workshop scale: a study of 100,000 respondents (built once per e2e data folder
 * through the services — a questionnaire and one CSV import — so it is whatever the current storage
 * writes) is opened from the start screen; a filter click keeps the previous numbers on screen
 * with "Updating…" and redraws the chart within a generous bound (the real target is the bench's,
 * tests/bench/dashboard-live.ts); an answer that arrives after the filter has moved on is not shown.
 */
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { E2E_TOKEN } from '../../playwright.config';
import { buildLiveStudy } from '../bench/live-study';
import { DashboardPage } from './pages/DashboardPage';
import { FilterBar } from './pages/FilterBar';
import { StartPage } from './pages/StartPage';

const SHOTS = join(process.cwd(), 'test-results/screenshots');
const DATA = process.env.TOUCHPOINT_E2E_DATA!;
/** In the data folder's studies folder: the browser host opens studies there, by name only. */
const STUDY_NAME = 'live-100k.tpstudy';
const STUDY = join(DATA, 'studies', STUDY_NAME);
const RESPONDENTS = 100_000;
/** The chart's redraw after a filter click, with a wide margin for a loaded machine. */
const REDRAW_BOUND_MS = 5_000;

test.describe.configure({ timeout: 180_000 });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  mkdirSync(SHOTS, { recursive: true });
  if (existsSync(STUDY)) return;
  mkdirSync(join(DATA, 'live'), { recursive: true });
  mkdirSync(join(DATA, 'studies'), { recursive: true });
  const t0 = Date.now();
  const { importMs } = await buildLiveStudy(STUDY, join(DATA, 'live'), {
    respondents: RESPONDENTS,
    touchpoints: 8,
    importance: false,
    units: 10,
  });
  console.log(
    `live-filter: built ${RESPONDENTS} respondents in ${Date.now() - t0} ms (import ${importMs.toFixed(0)} ms)`,
  );
});

/** Records every change of the dashboard's `data-updating` with its time, from before the click. */
async function watchUpdating(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __updates: { t: number; v: string | null }[] };
    w.__updates = [];
    const target = document.querySelector('[data-testid="dashboard-results"]')!;
    new MutationObserver(() =>
      w.__updates.push({ t: performance.now(), v: target.getAttribute('data-updating') }),
    ).observe(target, { attributes: true, attributeFilter: ['data-updating'] });
  });
}

const updates = (page: Page) =>
  page.evaluate(() => (window as unknown as { __updates: { t: number; v: string | null }[] }).__updates);

test('a filter click on 100,000 respondents redraws the chart, with "Updating…" in between', async ({
  page,
  request,
}) => {
  // Opened once over the API so the study is in the recent list; the screen opens it from there.
  const res = await request.post('/api/study/open', {
    data: { path: STUDY_NAME },
    headers: { Authorization: `Bearer ${E2E_TOKEN}` },
  });
  expect(res.ok()).toBe(true);
  expect(((await res.json()) as { ok: boolean }).ok).toBe(true);
  await new StartPage(page).goto();
  const opened = Date.now();
  await page.getByTestId('recent-list').getByText('Live filter, 100,000 respondents').first().click();
  const dash = new DashboardPage(page);
  await expect(dash.root).toBeVisible();
  // The dashboard's base line (the study's title, in the header, also names the size).
  await expect(page.getByText(/^100,000 respondents\./)).toBeVisible({ timeout: 90_000 });
  await expect.poll(() => dash.isDrawn(dash.touchpointChart), { timeout: 30_000 }).toBe(true);
  console.log(`live-filter: first dashboard ${Date.now() - opened} ms after opening`);
  const mean = dash.mean('TP1_PERF');
  const before = await mean.textContent();

  // One click on a branch: the old numbers stay, dimmed, with "Updating…", then the new chart.
  await watchUpdating(page);
  const filter = new FilterBar(page);
  const clicked = Date.now();
  await filter.set('Branch', ['Branch 3']);
  await expect(mean).not.toHaveText(before ?? '', { timeout: REDRAW_BOUND_MS });
  await expect(page.getByTestId('dashboard-results')).toHaveAttribute('data-updating', 'false');
  await expect.poll(() => dash.isDrawn(dash.touchpointChart)).toBe(true);
  const redrawn = Date.now() - clicked;
  const log = await updates(page);
  expect(log.map((u) => u.v)).toEqual(['true', 'false']);
  const updatingMs = log[1]!.t - log[0]!.t;
  console.log(
    `live-filter: "updating" for ${updatingMs.toFixed(0)} ms, chart redrawn ${redrawn} ms after the click`,
  );
  expect(updatingMs).toBeLessThan(REDRAW_BOUND_MS);
  await expect(page.getByTestId('filter-chip')).toContainText('Branch 3');

  // A slow answer for a filter already left is dropped: Branch 4 is held back, Branch 5 answers
  // first; Branch 5's numbers stay when Branch 4's finally arrive.
  let release: () => void = () => undefined;
  const held = new Promise<void>((r) => (release = r));
  await page.route('**/api/analysis/dashboard', async (route) => {
    if ((route.request().postData() ?? '').includes('"U4"')) await held;
    await route.continue();
  });
  await filter.clear();
  await expect(page.getByTestId('dashboard-results')).toHaveAttribute('data-updating', 'false');
  const unfiltered = await mean.textContent();
  await filter.set('Branch', ['Branch 4']);
  await expect(page.getByTestId('dashboard-updating')).toBeVisible();
  await expect(page.getByTestId('dashboard-updating')).toHaveText('Updating…');
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.screenshot({ path: join(SHOTS, 'live-filter-updating-1440.png') });
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.screenshot({ path: join(SHOTS, 'live-filter-updating-1920.png') });
  await page.setViewportSize({ width: 1440, height: 900 });
  expect(await mean.textContent()).toBe(unfiltered); // the previous numbers, still on screen
  await filter.clear();
  await filter.set('Branch', ['Branch 5']);
  await expect(page.getByTestId('dashboard-results')).toHaveAttribute('data-updating', 'false');
  await expect(page.getByTestId('filter-chip')).toContainText('Branch 5');
  const branch5 = await mean.textContent();
  release();
  await page.waitForTimeout(500);
  await expect(mean).toHaveText(branch5 ?? '');
  await expect(page.getByTestId('filter-chip')).toContainText('Branch 5');
  await page.unroute('**/api/analysis/dashboard');
});
