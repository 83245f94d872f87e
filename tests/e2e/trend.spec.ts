/**
 * The trend over all waves on a study with three waves (built through the services:
 * src/main/services/analysis/test-study-trend.ts): the dashboard's trend card shows for every KPI and
 * touchpoint the value of each wave and the newest wave's change against the previous and the first,
 * and each of those numbers is the one `touchpoint analyze --trend --json` prints for the same file.
 */
import { expect, test } from '@playwright/test';
import { copyFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { E2E_TOKEN } from '../../playwright.config';
import type { TrendResult, TrendSeries, TrendTest } from '../../src/shared/analysis/trend';
import { isTrendValue } from '../../src/shared/analysis/trend';
import { formatNumber, formatSigned } from '../../src/shared/format';
import { cli } from '../../src/main/cli/test-cli';
import { makeTrendStudy } from '../../src/main/services/analysis/test-study-trend';
import { DashboardPage } from './pages/DashboardPage';
import { FilterBar } from './pages/FilterBar';
import { StartPage } from './pages/StartPage';

const SHOTS = join(process.cwd(), 'test-results/screenshots');
const DATA = process.env.TOUCHPOINT_E2E_DATA!;
const STUDY_NAME = 'trend-three-waves.tpstudy';
let trend: TrendResult;

test.beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  mkdirSync(join(DATA, 'studies'), { recursive: true });
  const dir = mkdtempSync(join(tmpdir(), 'tp-e2e-trend-'));
  const { path, db } = makeTrendStudy(dir);
  db.close();
  // The command line reads the file before the app opens it (its own data folder, its own session).
  process.env.TOUCHPOINT_DATA_DIR = join(dir, 'cli-data');
  const r = await cli('analyze', path, '--trend', '--json');
  expect(r.code).toBe(0);
  trend = (JSON.parse(r.stdout) as { result: TrendResult }).result;
  copyFileSync(path, join(DATA, 'studies', STUDY_NAME));
});

/** Scrolls the card's top just below the sticky header. */
function showTop(el: Element): void {
  el.scrollIntoView({ block: 'start' });
  let p = el.parentElement;
  while (p && p.scrollHeight <= p.clientHeight) p = p.parentElement;
  (p ?? document.scrollingElement)?.scrollBy(0, -72);
}

const value = (s: TrendSeries, v: number) =>
  s.unit === 'nps' ? formatSigned(v, 'en', 0) : formatNumber(v, 'en', 0);
const change = (t: TrendTest | null) =>
  t ? `${formatSigned(t.diff, 'en', 1)}${t.significant ? ' *' : ''}` : '–';

test('three waves: the trend card shows the numbers of analyze --trend --json, with the tests named', async ({
  page,
  request,
}) => {
  const res = await request.post('/api/study/open', {
    data: { path: STUDY_NAME },
    headers: { Authorization: `Bearer ${E2E_TOKEN}` },
  });
  expect(((await res.json()) as { ok: boolean }).ok).toBe(true);
  await new StartPage(page).goto();
  await page.getByTestId('recent-list').getByText('Trend CX').first().click();
  const dash = new DashboardPage(page);
  await expect(dash.root).toBeVisible();

  const card = page.getByTestId('trend-card');
  await expect(card.getByTestId('trend-table')).toBeVisible({ timeout: 30_000 });
  await expect(card).toContainText('Trend over all waves');
  await expect(card.getByTestId('trend-legend')).toContainText('Welch t test, z test for NPS differences');
  await expect(card.getByTestId('trend-legend')).toContainText('Benjamini–Hochberg');
  await expect(card.getByTestId('trend-wording')).toContainText('other wording');
  await expect(card.getByRole('columnheader')).toHaveText([
    'Touchpoint',
    '2025',
    '2026',
    '2027',
    'vs 2026',
    'vs 2025 (first)',
  ]);

  expect(trend.waves.map((w) => w.year)).toEqual([2025, 2026, 2027]);
  const series = [...trend.kpis, ...trend.touchpoints];
  expect(series).toHaveLength(7);
  for (const s of series) {
    for (const w of s.waves) {
      expect(isTrendValue(w)).toBe(true);
      if (!isTrendValue(w)) continue;
      const mark = w.vsPrevious?.significant ? (w.vsPrevious.diff > 0 ? '▲' : '▼') : '';
      await expect(card.getByTestId(`trend-${s.code}-${w.year}`)).toHaveText(`${value(s, w.value)}${mark}`);
    }
    const last = s.waves[s.waves.length - 1]!;
    if (!isTrendValue(last)) continue;
    await expect(card.getByTestId(`trend-${s.code}-vs-previous`)).toHaveText(change(last.vsPrevious));
    await expect(card.getByTestId(`trend-${s.code}-vs-first`)).toHaveText(change(last.vsFirst));
  }
  // The planted changes: Web up, Invoice down, both significant against 2026.
  await expect(card.getByTestId('trend-TP1_PERF-vs-previous')).toHaveAttribute('data-significant', 'true');
  await expect(card.getByTestId('trend-TP4_PERF-vs-previous')).toHaveText(/^-\d+\.\d \*$/);
  await expect(card.getByTestId('trend-row-TP1_PERF')).toContainText('Web †');

  // Both line charts are drawn.
  for (const unit of ['index', 'nps'])
    await expect
      .poll(() => dash.isDrawn(card.getByTestId(`trend-chart-${unit}`).locator('canvas')))
      .toBe(true);

  // The live filter: the trend follows it, wave by wave, with the filtered group's numbers.
  const opened = (await (
    await request.post('/api/study/open', {
      data: { path: STUDY_NAME },
      headers: { Authorization: `Bearer ${E2E_TOKEN}` },
    })
  ).json()) as { value: { studyId: string } };
  const filtered = (await (
    await request.post('/api/analysis/trend', {
      data: { studyId: opened.value.studyId, filter: [{ variable: 'REGION', values: ['1'] }] },
      headers: { Authorization: `Bearer ${E2E_TOKEN}` },
    })
  ).json()) as { ok: boolean; value: { result: TrendResult } };
  expect(filtered.ok).toBe(true);
  const web = filtered.value.result.touchpoints[0]!;
  const web2027 = web.waves[2]!;
  expect(isTrendValue(web2027)).toBe(true);
  await new FilterBar(page).set('Region', ['Option 1']);
  await expect(page.getByTestId('filter-chip')).toContainText('Option 1');
  await expect(card).toHaveAttribute('data-updating', 'false');
  if (isTrendValue(web2027)) {
    // The region's figure differs from everyone's, so the cell shows the filtered answer.
    const all = trend.touchpoints[0]!.waves[2]!;
    expect(isTrendValue(all) && change(all.vsFirst)).not.toBe(change(web2027.vsFirst));
    const mark = web2027.vsPrevious?.significant ? (web2027.vsPrevious.diff > 0 ? '▲' : '▼') : '';
    await expect(card.getByTestId('trend-TP1_PERF-2027')).toHaveText(`${value(web, web2027.value)}${mark}`);
    await expect(card.getByTestId('trend-TP1_PERF-vs-first')).toHaveText(change(web2027.vsFirst));
  }
  await new FilterBar(page).clear();
  await expect(card.getByTestId('trend-TP1_PERF-vs-previous')).toHaveAttribute('data-significant', 'true');

  await page.mouse.move(0, 0);
  // The card's top under the sticky header: scrolled so the title shows, then its end.
  await card.evaluate(showTop);
  await page.screenshot({ path: join(SHOTS, 'trend-1440.png') });
  await card.evaluate((el) => el.scrollIntoView({ block: 'end' }));
  await page.screenshot({ path: join(SHOTS, 'trend-table-1440.png') });
  await page.setViewportSize({ width: 1920, height: 1080 });
  await card.evaluate(showTop);
  await expect.poll(() => dash.isDrawn(card.getByTestId('trend-chart-index').locator('canvas'))).toBe(true);
  await page.screenshot({ path: join(SHOTS, 'trend-1920.png') });
});
