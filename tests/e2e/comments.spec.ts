/**
 * The comments workspace, by keyboard: a study whose comments plant an e-mail address and a phone
 * number, with one unit of 3 respondents (k = 5). The codebook is imported, comments are coded with
 * number keys and Enter, the rules' suggestions are accepted for all, and the theme figures by unit
 * show the small unit held back. The planted values never reach the screen.
 */
import { expect, test } from '@playwright/test';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { E2E_TOKEN } from '../../playwright.config';
import { cli } from '../../src/main/cli/test-cli';
import { StartPage } from './pages/StartPage';

const SHOTS = join(process.cwd(), 'test-results/screenshots');
const DATA = process.env.TOUCHPOINT_E2E_DATA!;
const STUDY_NAME = 'comments-e2e.tpstudy';
const STUDY = join(DATA, 'studies', STUDY_NAME);
const EMAIL = 'kari.nordmann@example.no';
const PHONE = '912 34 567';
const CODEBOOK = join(process.cwd(), 'resources', 'sample', 'codebook.json');

test.beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  if (existsSync(STUDY)) return;
  mkdirSync(join(DATA, 'studies'), { recursive: true });
  const texts = [
    `Lang ventetid på telefon, ring meg på ${PHONE}.`,
    'Rådgiveren var hyggelig og hjelpsom.',
    `For dyrt, send svar til ${EMAIL}`,
    'Appen logger meg ut hele tiden.',
    'Bra service!',
    'Skaden ble behandlet raskt.',
  ];
  const branches = [...Array(30).fill('Oslo'), ...Array(25).fill('Bergen'), ...Array(3).fill('Molde')];
  const lines = ['respondent_id,Avdeling,Hvor sannsynlig er det at du vil anbefale oss? (0-10),Kommentar'];
  branches.forEach((b, i) => lines.push(`${i + 1},${b},${(i * 7) % 11},"${texts[i % texts.length]}"`));
  const csv = join(DATA, 'comments-e2e.csv');
  writeFileSync(csv, `${lines.join('\n')}\n`);
  expect(
    (await cli('new', STUDY, '--client', 'Fjord Forsikring', '--title', 'Kommentarer 2026', '--lang', 'nb'))
      .code,
  ).toBe(0);
  const imp = await cli('import', STUDY, csv, '--wave', '2026', '--create-questions');
  expect(imp.code, imp.stderr).toBe(0);
});

test('codes comments by keyboard, applies the rules and shows theme figures with the small unit held back', async ({
  page,
  request,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const res = await request.post('/api/study/open', {
    data: { path: STUDY_NAME },
    headers: { Authorization: `Bearer ${E2E_TOKEN}` },
  });
  expect(((await res.json()) as { ok: boolean }).ok).toBe(true);
  await new StartPage(page).goto();
  await page.getByTestId('recent-list').getByText('Fjord Forsikring').first().click();
  await page.getByTestId('nav-comments').click();
  const ws = page.getByTestId('comments-page');
  await expect(ws).toBeVisible();
  await expect(page.getByTestId('comments-count')).toHaveText('Showing 1–50 of 55');
  await expect(page.getByTestId('comments-held-back')).toContainText('3 comments are held back');
  await expect(ws.getByText('[e-mail]').first()).toBeVisible();
  await expect(ws.getByText(/\[phone\]/).first()).toBeVisible();

  // The codebook: imported from the file the sample ships.
  await page.getByTestId('codebook-card').locator('input[type=file]').setInputFiles(CODEBOOK);
  await expect(page.getByTestId('codebook-theme')).toHaveCount(8);
  const rows = page.getByTestId('comment-row');
  // Suggestions on the first comment ("Lang ventetid på telefon …"): Waiting and Customer service.
  await expect(rows.nth(0).getByTestId('comment-proposal')).toHaveCount(2);

  // Keyboard only: Enter accepts the first comment's suggestions; ↓ then 4 codes "The adviser".
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Enter');
  await expect(rows.nth(0).getByTestId('comment-code')).toHaveCount(2);
  await page.keyboard.press('ArrowDown');
  await expect(rows.nth(1)).toHaveAttribute('data-focused', 'true');
  await page.keyboard.press('4');
  await expect(rows.nth(1).getByTestId('comment-code')).toHaveText(['4 · The adviser']);
  await expect(rows.nth(1)).toContainText('coded by hand');
  // 4 again takes it off.
  await page.keyboard.press('4');
  await expect(rows.nth(1).getByTestId('comment-code')).toHaveCount(0);
  await page.keyboard.press('4');

  // The rules for all the others.
  await page.getByTestId('accept-all').click();
  await expect(
    page.getByTestId('success-notice').filter({ hasText: 'Suggestions accepted for' }),
  ).toBeVisible();
  const table = page.getByTestId('themes-table');
  await expect(table.locator('thead')).toContainText('Oslo');
  await expect(table.locator('thead')).toContainText('Molde');
  // Molde (3 respondents) is hidden in every theme row, and says so.
  await expect(table.getByTestId('theme-hidden')).toHaveCount(8);
  await expect(table.locator('tbody tr').first()).toContainText('33 %');

  // Search finds inflected forms regardless of accents.
  await page.keyboard.press('/');
  await page.keyboard.type('radgivere');
  await expect(page.getByTestId('comments-count')).toHaveText('Showing 1–9 of 9');

  // A filter that singles out a unit under k shows nothing and says why.
  await page.getByTestId('comments-search').fill('');
  await page.getByTestId('comments-unit').click();
  await page.getByRole('option', { name: 'Molde' }).click();
  await expect(page.getByTestId('comments-refused')).toContainText('fewer than 5 respondents');

  const html = await page.content();
  expect(html).not.toContain(EMAIL);
  expect(html).not.toContain(PHONE);
  await page.getByTestId('comments-unit').click();
  await page.getByRole('option', { name: 'All units' }).click();
  await page.screenshot({ path: join(SHOTS, 'comments-1440.png'), fullPage: false });
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.screenshot({ path: join(SHOTS, 'comments-1920.png'), fullPage: false });
  expect(errors).toEqual([]);
});
