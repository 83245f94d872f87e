import { expect, test } from '@playwright/test';
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli } from '../../src/main/cli/test-cli';
import { StartPage } from './pages/StartPage';

const SHOTS = join(process.cwd(), 'test-results/screenshots');
test.beforeAll(() => mkdirSync(SHOTS, { recursive: true }));

const fold = (s: string) =>
  s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/ø/g, 'o').replace(/æ/g, 'ae');

/** The sample's 2026 comments with "rådgiver" in them, read from the CSV the sample is made from. */
function sampleCommentsWith(word: string): number {
  const csv = readFileSync(join(process.cwd(), 'resources/sample/responses-2026.csv'), 'utf8');
  return (csv.match(/"[^"]*"/g) ?? []).filter((c) => fold(c).includes(word)).length;
}

test('the complete dashboard: loyalty, comments with search and filters, weighting on screen, and a readable map', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  const study = await new StartPage(page).goto().then((s) => s.openSample());
  await page.getByTestId('dashboard-page').waitFor();

  // Loyalty beside NPS and satisfaction: a 0–100 index with its n.
  const loyalty = page.getByTestId('kpi-loyalty');
  await expect(loyalty.getByTestId('kpi-loyalty-value')).toHaveText(/^\d{1,3}$/);
  await expect(loyalty.getByTestId('kpi-loyalty-detail')).toContainText(/mean \d\.\d\d on 1–5 · n\s=\s\d+/);

  // The base line and the weighting switch: unweighted, then the weight column with Kish's n.
  const base = page.getByTestId('dashboard-base');
  await expect(base).toHaveText('Base: 460 respondents, unweighted.');
  const control = page.getByTestId('weighting-control');
  // No targets stored yet: raking is not offered.
  await expect(control.getByRole('radio', { name: 'Population targets' })).toBeDisabled();
  await control.getByText('Weight column').click();
  await expect(base).toHaveAttribute('data-weighting', 'column');
  await expect(base).toContainText(
    /Base: 460 respondents; weighted total [\d,.]+; Kish effective n \d+ \(design effect \d\.\d\d\)\./,
  );
  await expect(page.getByTestId('kpi-respondents-detail')).toContainText(
    /answers in 2026 · effective n \d+$/,
  );
  await page.screenshot({ path: join(SHOTS, 'dashboard-weight-column-1440.png') });
  await control.getByText('None').click();
  await expect(base).toHaveText('Base: 460 respondents, unweighted.');

  // Comments: every open answer, searched without diacritics, narrowed by NPS group and unit.
  const panel = page.getByTestId('comments-panel');
  await panel.scrollIntoViewIfNeeded();
  const count = panel.getByTestId('comments-count');
  await expect(count).toContainText(/\d+ comments · Showing 1–20 of \d+/);
  const all = Number((await count.textContent())!.match(/(\d+) comments/)![1]);
  await panel.getByTestId('comments-search').fill('RADGIVER');
  const want = sampleCommentsWith('radgiver');
  expect(want).toBeGreaterThan(0);
  await expect(count).toContainText(`${want} comment`);
  for (const text of await panel.getByTestId('comment-text').allTextContents()) {
    expect(fold(text)).toContain('radgiver');
  }
  await page.screenshot({ path: join(SHOTS, 'dashboard-comments-1440.png') });
  await panel.getByTestId('comments-search').fill('');
  await expect(count).toContainText(`${all} comments`);
  await panel.getByTestId('comments-nps').click();
  await page.getByRole('option', { name: 'Detractors' }).click();
  await expect(panel.getByTestId('comment').first()).toContainText('Detractor');
  const detractors = Number((await count.textContent())!.match(/(\d+) comment/)![1]);
  expect(detractors).toBeLessThan(all);
  for (const badge of await panel.getByTestId('comment').allTextContents())
    expect(badge).toContain('Detractor');
  await panel.getByTestId('comments-unit').click();
  await page.getByRole('option').first().click();
  await expect(count).not.toContainText(`${detractors} comment`);

  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(SHOTS, 'dashboard-complete-1440.png') });
  await page.screenshot({ path: join(SHOTS, 'dashboard-complete-1440-full.png'), fullPage: true });
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.screenshot({ path: join(SHOTS, 'dashboard-complete-1920.png') });
  await page.screenshot({ path: join(SHOTS, 'dashboard-complete-1920-full.png'), fullPage: true });

  // The map: the crosshair rule with its values, quadrants named, and the priority list's rule.
  await study.priorities();
  const map = page.getByTestId('map-card');
  await expect(map.getByTestId('map-crosshair')).toHaveText(
    /^Lines at the mean importance \d+ and mean performance \d+\.$/,
  );
  await expect(page.getByTestId('priority-rule')).toHaveText(
    'Ranked by quadrant (“Concentrate here” first), then by priority score, largest first.',
  );
  await expect(page.getByTestId('priority-list')).toContainText('Priority (SD)');
  await page.waitForTimeout(300);
  // The map card ends with its content: no stretch to the list beside it.
  const cardBox = (await map.boundingBox())!;
  const chartBox = (await map.getByTestId('map-chart').boundingBox())!;
  expect(cardBox.y + cardBox.height - (chartBox.y + chartBox.height)).toBeLessThan(160);
  await map.screenshot({ path: join(SHOTS, 'map-1920.png') });
  await page.screenshot({ path: join(SHOTS, 'priorities-1920.png'), fullPage: true });
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.waitForTimeout(300);
  await map.screenshot({ path: join(SHOTS, 'map-1440.png') });
  await page.screenshot({ path: join(SHOTS, 'priorities-1440.png'), fullPage: true });
  // Scrolled down the list, the map stays in view beside it.
  await page.getByTestId('priority-note').scrollIntoViewIfNeeded();
  await expect(map.getByTestId('map-chart')).toBeInViewport({ ratio: 0.5 });
  await page.screenshot({ path: join(SHOTS, 'priorities-scrolled-1440.png') });
});

test('the EPSI-style index of the sample study: the same figure as touchpoint analyze, with its impacts', async ({
  page,
}) => {
  const file = join(mkdtempSync(join(tmpdir(), 'tp-pls-e2e-')), 's.tpstudy');
  expect((await cli('demo', file)).code).toBe(0);
  const analyzed = await cli('analyze', file, '--json');
  const pls = (JSON.parse(analyzed.stdout) as { plsIndex: { result: { index: { value: number } } } })
    .plsIndex;
  await new StartPage(page).goto().then((s) => s.openSample());
  const card = page.getByTestId('pls-index-card');
  await expect(card).toBeVisible({ timeout: 30_000 });
  await expect(card.getByTestId('pls-index-value')).toHaveText(pls.result.index.value.toFixed(1), {
    timeout: 30_000,
  });
  await expect(card.getByTestId('pls-impacts').locator('tbody tr')).not.toHaveCount(0);
  await expect(card).toContainText('95 % interval');
});
