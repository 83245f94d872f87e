import { expect, test } from '@playwright/test';
import type { APIRequestContext } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { E2E_TOKEN } from '../../playwright.config';
import { FilterBar } from './pages/FilterBar';
import { StartPage } from './pages/StartPage';

const SHOTS = join(process.cwd(), 'test-results/screenshots');

test.beforeAll(() => mkdirSync(SHOTS, { recursive: true }));

type Envelope<T> = { ok: boolean; value: T };

/** Calls the API over HTTP with the token, as the browser host serves it (no UI involved). */
async function call<T>(request: APIRequestContext, name: string, input: object): Promise<T> {
  const res = await request.post(`/api/${name}`, {
    data: input,
    headers: { Authorization: `Bearer ${E2E_TOKEN}` },
  });
  expect(res.status()).toBe(200);
  const body = (await res.json()) as Envelope<T>;
  expect(body.ok).toBe(true);
  return body.value;
}

/** The driver with the largest Shapley share of R² for overall satisfaction, straight from `analysis/drivers`. */
async function topDriverFromApi(request: APIRequestContext): Promise<string> {
  const study = await call<{ studyId: string }>(request, 'study/openSample', {});
  const r = await call<{ result: { drivers: { code: string; shapleyShare: number }[] } }>(
    request,
    'analysis/drivers',
    {
      studyId: study.studyId,
      outcome: 'SAT',
      drivers: 'performance',
      missing: 'pairwise',
    },
  );
  const sorted = [...r.result.drivers].sort((a, b) => b.shapleyShare - a.shapleyShare);
  return sorted[0]!.code;
}

test('priorities, units and a live filter on the sample study, with anonymity', async ({ page, request }) => {
  const start = await new StartPage(page).goto();
  const study = await start.openSample();

  // Priorities: the map with its four quadrants, the priority list and the top driver.
  const prio = await study.priorities();
  await expect(prio.quadrants.getByTestId('quadrant-concentrate')).toContainText('Concentrate here');
  await expect(prio.quadrants.getByTestId('quadrant-keepUp')).toContainText('Keep up the good work');
  await expect(prio.quadrants.getByTestId('quadrant-lowPriority')).toContainText('Low priority');
  await expect(prio.quadrants.getByTestId('quadrant-overkill')).toContainText('Possible overkill');
  await expect.poll(() => study.isDrawn(prio.mapChart)).toBe(true);
  await expect(prio.priorityList.getByTestId('priority-row-0')).toHaveAttribute(
    'data-quadrant',
    'concentrate',
  );
  await expect(prio.driversCaption).toContainText('R² =');
  await expect(prio.driversCaption).toContainText('pairwise');
  // The card names how R² was shared: the sample's few touchpoints are decomposed exactly.
  await expect(page.getByTestId('drivers-decomposition')).toHaveAttribute('data-method', 'shapley-exact');
  await expect(page.getByTestId('drivers-decomposition')).toContainText('computed exactly over all subsets');
  const want = await topDriverFromApi(request);
  await expect.poll(async () => (await prio.topDriver()).code).toBe(want);
  await page.screenshot({ path: join(SHOTS, 'priorities.png'), fullPage: true });

  // Present mode works here too; Esc leaves.
  await page.getByTestId('present-toggle').click();
  const view = page.getByTestId('present-view');
  await expect(view.getByTestId('map-chart')).toBeVisible();
  await expect.poll(() => study.isDrawn(view.getByTestId('map-chart').locator('canvas'))).toBe(true);
  await page.screenshot({ path: join(SHOTS, 'present-priorities.png') });
  await page.keyboard.press('Escape');
  await expect(view).toBeHidden();

  // Units: branches by default, best unit marked; crossed with customer type, tiny cells are suppressed.
  const units = await study.units();
  await expect(units.table.getByTestId('unit-col-5')).toHaveText('Bergen');
  await expect(units.table.getByTestId('units-best-SAT')).not.toHaveText('–');
  await expect(page.getByTestId('units-footnote')).toContainText('Benjamini–Hochberg');
  await page.screenshot({ path: join(SHOTS, 'units.png'), fullPage: true });
  await units.crossWith('Customer type');
  // Molde × Agriculture has 2 respondents in 2026: never a number.
  await expect(units.crossedCell('4', '2').getByTestId('suppressed-cell')).toHaveText('< 5');
  await expect(units.crossedCell('8', '1')).toHaveText(/^\d+/);
  await page.screenshot({ path: join(SHOTS, 'units-crossed.png'), fullPage: true });

  // Dashboard: a shown group first, then one too small to show.
  const dash = await study.dashboard();
  const filter = new FilterBar(page);
  await filter.set('Branch office', ['Bergen']);
  await expect(filter.chip).toContainText('Branch office = Bergen');
  await expect(filter.chip).toContainText('n = 64');
  await expect(dash.npsValue).toHaveText(/^[+−-]?\d+$/);
  await expect(page.getByTestId('change-chart').locator('canvas')).toBeVisible();
  await page.screenshot({ path: join(SHOTS, 'filtered-bergen.png'), fullPage: true });
  await filter.set('Customer type', ['Agriculture']);
  await filter.set('Branch office', ['Molde']);
  await expect(filter.chip).toContainText('Branch office = Bergen, Molde');
  await filter.set('Branch office', ['Bergen']); // toggles Bergen off: Molde × Agriculture, n = 2
  await expect(filter.chip).toContainText('Branch office = Molde · Customer type = Agriculture');
  await expect(filter.chip).not.toContainText('n =');
  for (const panel of ['kpi-nps', 'kpi-satisfaction', 'kpi-respondents']) {
    await expect(page.getByTestId(panel)).toContainText('This filter is not allowed');
  }
  // the refusal says why: the filter, not the size of a group
  await expect(page.getByTestId('change-card')).toContainText('This filter is not allowed');
  await expect(page.getByTestId('change-card')).toContainText('The filter selects fewer than 5 respondents.');
  await expect(page.getByTestId('touchpoint-table')).toHaveCount(0);
  await expect(page.getByTestId('touchpoint-chart')).toHaveCount(0);
  await page.screenshot({ path: join(SHOTS, 'filtered.png'), fullPage: true });

  // The filter follows to the other pages; clearing it brings every number back.
  await study.priorities();
  await expect(page.getByTestId('map-card')).toContainText('This filter is not allowed');
  await expect(page.getByTestId('drivers-card')).toContainText(
    'The filter selects fewer than 5 respondents.',
  );
  await filter.clear();
  await expect(filter.chip).toHaveCount(0);
  await expect.poll(async () => (await prio.topDriver()).code).toBe(want);
});
