import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCanvas } from '@napi-rs/canvas';
import { ReportPage } from './pages/ReportPage';
import { StartPage } from './pages/StartPage';

const SHOTS = join(process.cwd(), 'test-results/screenshots');
test.beforeAll(() => mkdirSync(SHOTS, { recursive: true }));

function logoFile(): string {
  const c = createCanvas(360, 120);
  const g = c.getContext('2d');
  g.fillStyle = '#ffffff';
  g.fillRect(0, 0, 360, 120);
  g.fillStyle = '#ff9900';
  g.beginPath();
  g.arc(60, 60, 44, 0, Math.PI * 2);
  g.fill();
  g.fillStyle = '#114433';
  g.font = 'bold 44px sans-serif';
  g.fillText('Fjord', 120, 76);
  const file = join(mkdtempSync(join(tmpdir(), 'tp-e2e-logo-')), 'fjord.png');
  writeFileSync(file, c.toBuffer('image/png'));
  return file;
}

test('brands the report, hides a chapter, writes a summary, and the exported PDF follows', async ({
  page,
}) => {
  const start = await new StartPage(page).goto();
  await start.openSample();
  await page.getByTestId('nav-settings').click();
  const card = page.getByTestId('branding-card');
  await expect(card).toBeVisible();

  // A bad colour is refused in place and nothing is saved.
  await page.getByTestId('branding-primary').fill('teal');
  await expect(card).toContainText('Enter a colour as #RRGGBB or #RGB');
  await expect(page.getByTestId('branding-save')).toBeDisabled();

  await page.getByTestId('branding-primary').fill('#0B5');
  await page.getByTestId('branding-accent').fill('#F90');
  await page.getByTestId('branding-consultancy').fill('Fjord Innsikt AS');
  await page.getByTestId('branding-prepared-by').fill('Kari Nordmann');
  await page.getByTestId('branding-save').click();
  await expect(page.getByText('The branding is saved.')).toBeVisible();

  await card.locator('input[type=file]').setInputFiles(logoFile());
  await expect(page.getByTestId('branding-logo-preview')).toBeVisible();
  await expect(page.getByTestId('branding-logo-preview')).toHaveAttribute('src', /^data:image\/png;base64,/);

  // The layout: hide the comments, move the map up with the keyboard, write a summary.
  const layout = page.getByTestId('report-layout-card');
  await layout.getByTestId('layout-show-comments').uncheck({ force: true });
  await expect(layout.getByTestId('layout-row-comments')).toContainText('Hidden');
  const rows = layout.getByTestId('layout-sections').getByRole('listitem');
  await expect(rows.nth(5)).toHaveAttribute('data-testid', 'layout-row-map');
  await layout.getByTestId('layout-row-map').focus();
  await page.keyboard.press('Alt+ArrowUp');
  await page.keyboard.press('Alt+ArrowUp');
  await page.keyboard.press('Alt+ArrowUp');
  await expect(rows.nth(2)).toHaveAttribute('data-testid', 'layout-row-map');
  await expect(layout.getByTestId('layout-row-map')).toBeFocused();
  await layout.getByTestId('layout-lang').getByText('EN', { exact: true }).click();
  await layout.getByTestId('layout-summary').fill('Service after a claim is what moves recommendation.');
  await layout.getByTestId('layout-save').click();
  await expect(page.getByText('The report layout is saved.')).toBeVisible();

  for (const [w, h] of [
    [1440, 900],
    [1920, 1080],
  ] as const) {
    await page.setViewportSize({ width: w, height: h });
    await card.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, `settings-branding-${w}.png`) });
    await layout.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, `settings-layout-${w}.png`) });
  }

  await page.getByTestId('nav-report').click();
  const download = await new ReportPage(page).exportPdf();
  const pdf = join(mkdtempSync(join(tmpdir(), 'tp-e2e-pdf-')), 'r.pdf');
  writeFileSync(pdf, readFileSync((await download.path())!));
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  expect(text).toContain('Service after a claim is what moves recommendation.');
  expect(text).toContain('Prepared by Kari Nordmann, Fjord Innsikt AS');
  expect(text).toContain('Where to act');
  expect(text).not.toContain('In the customers’ words');
  // The map now comes before the touchpoints chapter.
  expect(text.indexOf('Where to act')).toBeLessThan(text.indexOf('How well each touchpoint performs'));
  // The cover carries the logo: the first page has an image.
  const images = execFileSync('pdfimages', ['-list', '-f', '1', '-l', '1', pdf], { encoding: 'utf8' });
  expect(images.split('\n').filter((l) => /^\s*\d+\s+1\s/.test(l)).length).toBeGreaterThan(0);
});
