import { expect, test } from '@playwright/test';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { StartPage } from './pages/StartPage';

const SHOTS = join(process.cwd(), 'test-results/screenshots');
test.beforeAll(() => mkdirSync(SHOTS, { recursive: true }));

/** Width and height from a PNG's IHDR chunk (bytes 16–23). */
function pngSize(b: Buffer): { width: number; height: number } {
  expect(b.subarray(1, 4).toString()).toBe('PNG');
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

test('a dashboard chart saves as a PNG at twice its size and copies as an image', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const start = await new StartPage(page).goto();
  await start.openSample();
  const chart = page.getByTestId('touchpoint-chart');
  await expect(chart.locator('canvas')).toBeVisible();
  const box = (await chart.boundingBox())!;
  // Every chart has the menu, the small NPS bar too; at rest it is faint, not in the way.
  await expect(page.getByTestId('nps-chart-image-menu')).toBeVisible();
  await page.screenshot({ path: join(SHOTS, 'chart-image-dashboard-1440.png') });

  await chart.hover();
  await page.getByTestId('touchpoint-chart-image-menu').click();
  await expect(page.getByTestId('touchpoint-chart-save-png')).toHaveText('Save PNG');
  for (const [w, h] of [
    [1440, 900],
    [1920, 1080],
  ] as const) {
    await page.setViewportSize({ width: w, height: h });
    await page.screenshot({ path: join(SHOTS, `chart-image-menu-${w}.png`) });
  }
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.keyboard.press('Escape');
  const cssBox = (await chart.boundingBox())!;
  expect(Math.round(cssBox.width)).toBe(Math.round(box.width));

  await page.getByTestId('touchpoint-chart-image-menu').click();
  const download = page.waitForEvent('download');
  await page.getByTestId('touchpoint-chart-save-png').click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('touchpoints-along-the-journey.png');
  await file.saveAs(join(SHOTS, 'chart-image-saved.png'));
  const size = pngSize(readFileSync((await file.path())!));
  expect(size).toEqual({ width: 2 * Math.round(cssBox.width), height: 2 * Math.round(cssBox.height) });
  await expect(page.getByTestId('touchpoint-chart-image-status')).toHaveText('PNG saved');

  await page.getByTestId('touchpoint-chart-image-menu').click();
  await page.getByTestId('touchpoint-chart-copy-image').click();
  await expect(page.getByTestId('touchpoint-chart-image-status')).toHaveText('Image copied');
  const copied = await page.evaluate(async () => {
    const items = await navigator.clipboard.read();
    const item = items.find((i) => i.types.includes('image/png'));
    if (!item) return null;
    const bytes = new Uint8Array(await (await item.getType('image/png')).arrayBuffer());
    return { type: 'image/png', head: Array.from(bytes.subarray(0, 8)), length: bytes.length };
  });
  expect(copied).toMatchObject({ type: 'image/png', head: [137, 80, 78, 71, 13, 10, 26, 10] });
  expect(copied!.length).toBeGreaterThan(5000);
});
