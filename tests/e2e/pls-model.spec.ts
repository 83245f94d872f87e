import { expect, test, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { StartPage } from './pages/StartPage';
import { StudyPage } from './pages/StudyPage';

const DOCS = join(process.cwd(), 'docs');
const SHOTS = join(process.cwd(), 'test-results', 'pls-model');

/** The designer's index-model view. */
async function modelEditor(page: Page, study: StudyPage) {
  await study.questionnaire();
  await page
    .getByTestId('designer-view')
    .getByText(/Index model|Indeksmodell/)
    .click();
  const editor = page.getByTestId('pls-model-editor');
  await editor.waitFor();
  return editor;
}

/** Back to the start screen and the sample study again from the recent list, as after a restart. */
async function reopen(page: Page): Promise<StudyPage> {
  await new StartPage(page).goto();
  await page.getByTestId('recent-list').getByText('Nordlys Forsikring').first().click();
  const study = new StudyPage(page);
  await study.heading.waitFor();
  return study;
}

test('builds an EPSI index model in the designer: template, drag and menu, a path, saved, named in nb on the dashboard; a cycle is refused', async ({
  page,
}) => {
  test.setTimeout(180_000);
  mkdirSync(SHOTS, { recursive: true });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const study = await new StartPage(page).goto().then((s) => s.openSample());
  let editor = await modelEditor(page, study);

  // The sample ships a model: shown as it is stored.
  await expect(editor.getByTestId('pls-construct-Advice')).toBeVisible();
  await expect(editor.getByTestId('pls-model-status')).toHaveText('Saved');

  // The EPSI template with questions pre-assigned by role.
  await editor.getByTestId('pls-template').click();
  await page.getByTestId('pls-template-assign').click();
  const card = (name: string) => editor.getByTestId(`pls-construct-${name}`);
  await expect(editor.getByTestId('pls-constructs').locator('.tp-pls-card')).toHaveCount(7);
  await expect(card('Advice')).toHaveCount(0);
  await expect(card('Satisfaction').getByTestId('pls-item-SAT')).toBeVisible();
  await expect(card('Service quality').locator('.tp-pls-item')).toHaveCount(13);
  await expect(card('Satisfaction')).toContainText('Index target');
  await expect(card('Value')).toContainText('Drop questions here');
  await expect(editor.getByTestId('pls-paths').locator('tbody tr')).toHaveCount(13);
  await expect(editor.getByTestId('pls-model-status')).toHaveText('Unsaved changes');

  // Drag a question onto Image: it leaves Service quality.
  await editor.getByTestId('pls-question-TP01_PERF').dragTo(card('Image'));
  await expect(card('Image').getByTestId('pls-item-TP01_PERF')).toBeVisible();
  await expect(card('Service quality').locator('.tp-pls-item')).toHaveCount(12);
  await expect(editor.getByTestId('pls-question-TP01_PERF')).toContainText('Image');

  // The same by the menu, for the keyboard.
  for (const [code, construct] of [
    ['TP02_PERF', 'Expectations'],
    ['TP03_PERF', 'Product quality'],
    ['TP04_PERF', 'Value'],
  ] as const) {
    await editor.getByTestId(`pls-question-menu-${code}`).click();
    await page.getByTestId(`pls-addto-${construct}`).click();
    await expect(card(construct).getByTestId(`pls-item-${code}`)).toBeVisible();
  }
  await expect(card('Service quality').locator('.tp-pls-item')).toHaveCount(9);

  // Formative service quality, a path Image → Value.
  await editor.getByTestId('pls-mode-Service quality').getByText('Formative (B)').click();
  await editor.getByTestId('pls-path-from').selectOption('Image');
  await editor.getByTestId('pls-path-to').selectOption('Value');
  await editor.getByTestId('pls-path-add').click();
  await expect(editor.getByTestId('pls-path-Image-Value')).toBeVisible();
  await expect(editor.getByTestId('pls-paths').locator('tbody tr')).toHaveCount(14);
  // A look at the questions keeps the unsaved model.
  await page.getByTestId('designer-view').getByText('Questions').click();
  await expect(editor).toBeHidden();
  await page.getByTestId('designer-view').getByText('Index model').click();
  await expect(editor.getByTestId('pls-path-Image-Value')).toBeVisible();
  await expect(editor.getByTestId('pls-model-status')).toHaveText('Unsaved changes');

  for (const [w, h] of [
    [1920, 1080],
    [1440, 900],
  ] as const) {
    await page.setViewportSize({ width: w, height: h });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(SHOTS, `editor-${w}.png`) });
    await page.screenshot({ path: join(SHOTS, `editor-${w}-full.png`), fullPage: true });
  }
  await page.screenshot({ path: join(DOCS, 'pls-model-editor-1440.png') });

  await editor.getByTestId('pls-save').click();
  await expect(editor.getByTestId('pls-model-status')).toHaveText('Saved');
  await expect(editor.getByTestId('pls-model-error')).toHaveCount(0);

  // After a restart: the model is the one saved.
  let again = await reopen(page);
  editor = await modelEditor(page, again);
  await expect(card('Image').getByTestId('pls-item-TP01_PERF')).toBeVisible();
  await expect(card('Value').getByTestId('pls-item-TP04_PERF')).toBeVisible();
  await expect(editor.getByTestId('pls-path-Image-Value')).toBeVisible();
  await expect(editor.getByTestId('pls-mode-Service quality').locator('input[value="B"]')).toBeChecked();

  // The dashboard's index card names the constructs in Norwegian.
  await again.dashboard();
  const index = page.getByTestId('pls-index-card');
  await expect(index.getByTestId('pls-index-value')).toHaveText(/^\d+\.\d$/, { timeout: 30_000 });
  await expect(index).toContainText('Customer satisfaction on a 0–100 scale');
  await again.switchLanguage('NB');
  await expect(index).toContainText('Kundetilfredshet på skala 0–100');
  const drivers = index.getByTestId('pls-impacts').locator('tbody tr td:first-child');
  await expect(drivers.first()).toBeVisible();
  expect((await drivers.allInnerTexts()).sort()).toEqual([
    'Forventninger',
    'Image/omdømme',
    'Pris-/verdivurdering',
    'Produktkvalitet',
    'Servicekvalitet',
  ]);
  // The editor in Norwegian: the constructs under their nb names.
  editor = await modelEditor(page, again);
  await expect(card('Value').getByTestId('pls-construct-label')).toHaveText('Pris-/verdivurdering');
  await expect(editor.getByTestId('pls-path-Image-Value')).toContainText('Image/omdømme');
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(SHOTS, 'editor-nb-1440.png') });
  await again.switchLanguage('EN');

  // A path back from Loyalty to Image closes a cycle: refused with the service's reason, nothing stored.
  editor = await modelEditor(page, again);
  await editor.getByTestId('pls-path-from').selectOption('Loyalty');
  await editor.getByTestId('pls-path-to').selectOption('Image');
  await editor.getByTestId('pls-path-add').click();
  await editor.getByTestId('pls-save').click();
  await expect(editor.getByTestId('pls-model-error')).toContainText(
    /The paths form a cycle through .*Image.*Loyalty/,
  );
  await expect(editor.getByTestId('pls-model-status')).toHaveText('Unsaved changes');
  await page.screenshot({ path: join(SHOTS, 'editor-cycle-1440.png') });
  again = await reopen(page);
  editor = await modelEditor(page, again);
  await expect(editor.getByTestId('pls-path-Image-Value')).toBeVisible();
  await expect(editor.getByTestId('pls-path-Loyalty-Image')).toHaveCount(0);

  // A construct with no items is refused too; then the model is removed.
  await editor.getByTestId('pls-add-construct').click();
  await page.getByTestId('pls-name-key').fill('Complaints');
  await page.getByTestId('pls-name-nb').fill('Klager');
  await page.getByTestId('pls-name-apply').click();
  await expect(card('Complaints')).toContainText('Drop questions here');
  await editor.getByTestId('pls-save').click();
  await expect(editor.getByTestId('pls-model-error')).toContainText('Construct Complaints has no items');
  await editor.getByTestId('pls-remove').click();
  await page.getByTestId('pls-remove-confirm').click();
  await expect(editor.getByTestId('pls-model-empty')).toBeVisible();
  await again.dashboard();
  await expect(page.getByTestId('dashboard-page')).toBeVisible();
  await expect(page.getByTestId('pls-index-card')).toHaveCount(0);
  expect(errors).toEqual([]);
});
