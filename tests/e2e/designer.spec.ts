import { expect, test } from '@playwright/test';
import { join } from 'node:path';
import { DesignerPage, storedTree } from './pages/DesignerPage';
import { StartPage } from './pages/StartPage';

const DOCS = join(process.cwd(), 'docs');

test('design a questionnaire all day: template, bank, paste, edit, reorder, move, bulk, delete, undo', async ({
  page,
  request,
}) => {
  test.setTimeout(180_000);
  const start = await new StartPage(page).goto();
  await page.getByTestId('new-study-lang-nb').check();
  const study = await start.createStudy('Nordlys Energi AS', 'Kundereisen 2026');
  await study.questionnaire();
  const d = new DesignerPage(page);
  await d.root.waitFor();

  // A B2B journey (6 stages × 2 touchpoints) trimmed to 4 stages, then a performance + importance pair
  // from the bank in each of the 8 touchpoints.
  await d.template('b2b', false);
  await expect(page.getByTestId('stage-5')).toBeVisible();
  await d.menu('stage-5', 'delete');
  await expect(page.getByTestId('stage-5')).toHaveCount(0);
  await d.menu('stage-4', 'delete');
  await expect(page.getByTestId('stage-4')).toHaveCount(0);
  await expect(page.getByTestId('designer-counts')).toHaveText('4 stages · 8 touchpoints · 0 questions');
  for (let s = 0; s < 4; s++)
    for (let tp = 0; tp < 2; tp++) await d.fromBank([s, tp], ['performanceImportance']);
  await expect(page.getByTestId('designer-counts')).toHaveText('4 stages · 8 touchpoints · 16 questions');
  await expect(d.row('TP01_PERF')).toHaveText(/How satisfied are you with the sales meeting\?/);
  await expect(d.row('TP01_IMP')).toContainText('importance of TP01_PERF');

  // Overall questions and background variables from the bank, a "why?" comment in the first touchpoint.
  await d.fromBank(null, ['satisfaction', 'nps', 'loyalty', 'gender', 'region']);
  await expect(d.row('NPS')).toContainText('How likely is it that you would recommend Nordlys Energi AS');
  await d.fromBank([0, 0], ['why']);
  await expect(d.row('TP01_WHY')).toBeVisible();

  // In Norwegian: the texts show in nb, and a pasted column lands in the chosen touchpoint as nb.
  await study.switchLanguage('NB');
  await expect(d.row('NPS')).toContainText(
    'Hvor sannsynlig er det at du vil anbefale Nordlys Energi AS til en venn',
  );
  await d.paste(
    [1, 0],
    'Spørsmål\r\nHvor tydelig og fullstendig var tilbudet?\r\n\r\n"Hvor tydelig var\nprisen?"\r\n',
  );
  await expect(d.row('TP03_Q1')).toContainText('Hvor tydelig og fullstendig var tilbudet?');
  await expect(d.row('TP03_Q2')).toContainText('mangler tekst på EN');
  await study.switchLanguage('EN');

  // Inline edit: English text and a better code.
  await d.row('TP03_Q1').getByText('Hvor tydelig og fullstendig var tilbudet?').click();
  const editor = page.getByTestId('question-editor-TP03_Q1');
  await editor.getByTestId('edit-text-en').fill('How clear and complete was the offer?');
  await editor.getByTestId('edit-code').fill('TP03_OFFER');
  await editor.getByTestId('edit-save').click();
  await expect(d.row('TP03_OFFER')).toContainText('How clear and complete was the offer?');
  await expect(d.row('TP03_OFFER')).not.toContainText('no text in');

  // Keyboard: Alt+↑ within the touchpoint, Alt+Shift+↓ to the next touchpoint; both announced.
  await d.row('TP03_Q2').focus();
  await page.keyboard.press('Alt+ArrowUp');
  await expect
    .poll(async () => (await d.screenTree())[2])
    .toEqual(['TP03_PERF', 'TP03_IMP', 'TP03_Q2', 'TP03_OFFER']);
  await expect(page.getByTestId('designer-announce')).toHaveText('TP03_Q2 moved to position 3.');
  await expect(d.row('TP03_Q2')).toBeFocused();
  await page.keyboard.press('Alt+Shift+ArrowDown');
  await expect.poll(async () => (await d.screenTree())[3]).toEqual(['TP03_Q2', 'TP04_PERF', 'TP04_IMP']);

  // "Move to…": the comment goes to the overall questions.
  await d.menu('q-TP01_WHY', 'moveto-general');
  await expect(d.touchpoint(0, 0).getByTestId('question-row-TP01_WHY')).toHaveCount(0);
  await expect(page.getByTestId('general-questions').getByTestId('question-row-TP01_WHY')).toBeVisible();

  // Multi-select with Shift-click, then one scale for all of them.
  await page.getByTestId('select-TP01_PERF').click();
  await page.getByTestId('select-TP02_PERF').click({ modifiers: ['Shift'] });
  await expect(page.getByTestId('bulk-count')).toHaveText('3 questions selected');
  await page.getByTestId('bulk-scale').click();
  await page.getByRole('option', { name: '1–5', exact: true }).click();
  for (const code of ['TP01_PERF', 'TP01_IMP', 'TP02_PERF']) await expect(d.row(code)).toContainText('1–5');
  await expect(d.row('TP02_IMP')).toContainText('1–10');
  await page.getByTestId('bulk-bar').getByRole('button', { name: 'Clear selection' }).click();

  // Duplicate, then delete and undo with the keyboard and the button.
  await d.menu('q-SAT', 'duplicate');
  await expect(page.getByTestId('designer-counts')).toHaveText('4 stages · 8 touchpoints · 25 questions');
  await d.menu('q-TP04_PERF', 'delete');
  await expect(d.row('TP04_PERF')).toHaveCount(0);
  await page.getByTestId('designer-counts').click();
  await page.keyboard.press('Control+z');
  await expect(d.row('TP04_PERF')).toBeVisible();
  await page.keyboard.press('Control+Shift+z');
  await expect(d.row('TP04_PERF')).toHaveCount(0);
  await page.getByTestId('undo').click();
  await expect(d.row('TP04_PERF')).toBeVisible();
  await page.getByTestId('redo').hover();
  await expect(page.getByRole('tooltip', { name: 'Redo “delete” (Ctrl+Shift+Z)' })).toBeVisible();

  // What the screen shows is what the study file holds.
  const screen = await d.screenTree();
  const stored = await d.stored(request);
  expect(storedTree(stored)).toEqual(screen);
  const q = stored.questionnaire.questions;
  const byCode = (c: string) => q.find((x) => x.code === c)!;
  expect(stored.questionnaire.stages).toHaveLength(4);
  expect(stored.questionnaire.touchpoints).toHaveLength(8);
  expect(q).toHaveLength(25);
  for (const tp of stored.questionnaire.touchpoints) {
    const perf = q.find(
      (x) => x.touchpointId === tp.id && x.role === 'performance' && x.code.endsWith('_PERF'),
    );
    const imp = q.find((x) => x.touchpointId === tp.id && x.role === 'importance');
    expect(imp?.weighsQuestionId, tp.code).toBe(perf?.id);
  }
  expect(byCode('TP03_OFFER').texts).toEqual({
    nb: 'Hvor tydelig og fullstendig var tilbudet?',
    en: 'How clear and complete was the offer?',
  });
  expect(byCode('TP03_Q2').touchpointId).toBe(
    stored.questionnaire.touchpoints.find((t) => t.code === 'TP04')!.id,
  );
  expect(byCode('TP01_WHY').touchpointId).toBeNull();
  expect(byCode('TP01_PERF').scale).toMatchObject({ kind: 'range', min: 1, max: 5 });
  expect(byCode('NPS').texts.nb).toBe(
    'Hvor sannsynlig er det at du vil anbefale Nordlys Energi AS til en venn eller kollega?',
  );
  expect(byCode('GENDER').role).toBe('segment');

  // Export the questionnaire as a workbook and import it back: nothing changes.
  const download = page.waitForEvent('download');
  await page.getByTestId('export-questionnaire').click();
  await page.getByTestId('export-xlsx').click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.xlsx$/);
  const saved = join(test.info().outputDir, file.suggestedFilename());
  await file.saveAs(saved);
  await page.getByTestId('import-questionnaire-file').setInputFiles(saved);
  await expect(page.getByTestId('success-notice')).toContainText('Questionnaire imported');
  expect(await d.screenTree()).toEqual(screen);

  // Screenshots for the docs, at the two screens consultants use.
  await page.mouse.move(0, 0);
  await page.getByTestId('select-TP02_PERF').click();
  await page.getByTestId('select-TP02_IMP').click();
  await page.screenshot({ path: join(DOCS, 'designer-1440.png') });
  await page.setViewportSize({ width: 1920, height: 1080 });
  await d.row('TP03_OFFER').getByText('How clear and complete was the offer?').click();
  await page.screenshot({ path: join(DOCS, 'designer-1920.png') });
});

test('a new question starts from the defaults, not from the previous question', async ({ page }) => {
  const start = await new StartPage(page).goto();
  const study = await start.createStudy('Defaults AS', 'Defaults');
  const q = await study.questionnaire();
  await q.addQuestion(null, { code: 'NPS', text: 'Recommend?', type: 'NPS (0–10)' });
  await page.getByTestId('add-general-question').click();
  await expect(page.getByTestId('question-type')).toHaveValue('Rating');
  await expect(page.getByTestId('question-role')).toHaveValue('Performance');
  await expect(page.getByTestId('question-scale')).toBeVisible();
});

test('drag a question onto another to put it before that one', async ({ page }) => {
  const start = await new StartPage(page).goto();
  await start.createStudy('Drag AS', 'Drag');
  await page.getByTestId('nav-questionnaire').click();
  const d = new DesignerPage(page);
  await d.template('b2c');
  await expect(d.row('TP01_IMP')).toBeVisible();
  await d.row('TP01_IMP').dragTo(d.row('TP01_PERF'));
  await expect.poll(async () => (await d.screenTree())[0]).toEqual(['TP01_IMP', 'TP01_PERF']);
});

test('drag a performance question into another touchpoint: its importance question comes along', async ({
  page,
}) => {
  const start = await new StartPage(page).goto();
  await start.createStudy('Drag across AS', 'Drag across');
  await page.getByTestId('nav-questionnaire').click();
  const d = new DesignerPage(page);
  await d.template('b2c');
  await expect(d.row('TP02_PERF')).toBeVisible();
  const before = await d.screenTree();
  await d.row('TP01_PERF').dragTo(d.row('TP02_PERF'));
  await expect.poll(async () => (await d.screenTree())[1]).toEqual(['TP01_PERF', 'TP01_IMP', ...before[1]!]);
  expect((await d.screenTree())[0]).toEqual(before[0]!.filter((c) => c !== 'TP01_PERF' && c !== 'TP01_IMP'));
});

test('new wording on a question that holds answers: the designer asks whether it is the same question', async ({
  page,
}) => {
  await new StartPage(page).goto();
  await page.getByTestId('open-sample').click();
  await page.getByTestId('nav-questionnaire').click();
  const d = new DesignerPage(page);
  const edit = async (next: string) => {
    const editor = page.getByTestId('question-editor-TP01_PERF');
    if (!(await editor.isVisible()))
      await d
        .row('TP01_PERF')
        .getByText(/website/)
        .first()
        .click();
    await editor.getByTestId('edit-text-en').fill(next);
    await editor.getByTestId('edit-save').click();
  };
  await edit('How satisfied are you with our website?');
  await page.getByTestId('wording-comparable').click();
  await expect(d.row('TP01_PERF')).toContainText('How satisfied are you with our website?');
  await edit('How easy was it to find what you needed on our website?');
  await page.getByTestId('wording-new').click();
  await expect(d.row('TP01_PERF_2')).toContainText('How easy was it to find what you needed on our website?');
  await expect(d.row('TP01_PERF')).toContainText('How satisfied are you with our website?');
});

test('the scale editor labels every point and words the options in every study language', async ({
  page,
  request,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  const start = await new StartPage(page).goto();
  await page.getByTestId('new-study-lang-nb').check();
  const study = await start.createStudy('Skala AS', 'Skalaer');
  await study.questionnaire();
  const d = new DesignerPage(page);
  await d.root.waitFor();
  await d.fromBank(null, ['satisfaction', 'gender']);

  // A middle point of the 1–10 satisfaction scale gets a label in Norwegian; its ends keep theirs.
  await d
    .row('SAT')
    .getByText(/satisfied/)
    .first()
    .click();
  const sat = page.getByTestId('question-editor-SAT');
  // Ten points and the don't-know code, each with a cell per study language.
  await expect(sat.getByTestId('edit-point-labels').locator('tbody tr')).toHaveCount(11);
  await expect(sat.getByTestId('edit-label-1-en')).toHaveValue('Very dissatisfied');
  await expect(sat.getByTestId('edit-label-10-nb')).toHaveValue('Svært fornøyd');
  await expect(sat.getByTestId('edit-missing-dontKnow-nb')).toHaveValue('Vet ikke');
  await sat.getByTestId('edit-label-5-nb').fill('Verken eller');
  await page.screenshot({ path: join(DOCS, 'designer-scale-1440.png') });
  await sat.getByTestId('edit-save').click();
  await expect(sat).toBeHidden();

  // An option's English text is changed, and a new option gets its texts in both languages.
  await d
    .row('GENDER')
    .getByText(/gender/)
    .first()
    .click();
  const gender = page.getByTestId('question-editor-GENDER');
  await expect(gender.getByTestId('edit-option-3-en')).toHaveValue('Other');
  await expect(gender.getByTestId('edit-option-3-nb')).toHaveValue('Annet');
  await gender.getByTestId('edit-option-3-en').fill('Another gender');
  await gender.getByTestId('edit-option-add').click();
  await expect(gender.getByTestId('edit-save')).toBeDisabled();
  await gender.getByTestId('edit-option-5-en').fill('Non-binary');
  await gender.getByTestId('edit-option-5-nb').fill('Ikke-binær');
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.screenshot({ path: join(DOCS, 'designer-options-1920.png') });
  await gender.getByTestId('edit-save').click();
  await expect(gender).toBeHidden();

  const q = (await d.stored(request)).questionnaire.questions as unknown as {
    code: string;
    scale: {
      labels?: { value: number; texts: Record<string, string> }[];
      options?: { code: string; texts: Record<string, string> }[];
    };
  }[];
  const satScale = q.find((x) => x.code === 'SAT')!.scale;
  expect(satScale.labels!.map((l) => l.value)).toEqual([1, 5, 10]);
  expect(satScale.labels!.find((l) => l.value === 5)!.texts).toEqual({ nb: 'Verken eller' });
  const options = q.find((x) => x.code === 'GENDER')!.scale.options!;
  expect(options.find((o) => o.code === '3')!.texts).toMatchObject({ en: 'Another gender', nb: 'Annet' });
  expect(options.at(-1)).toEqual({ code: '5', texts: { en: 'Non-binary', nb: 'Ikke-binær' } });

  // Opened again, the editor shows what was saved.
  await d
    .row('SAT')
    .getByText(/satisfied/)
    .first()
    .click();
  await expect(page.getByTestId('question-editor-SAT').getByTestId('edit-label-5-nb')).toHaveValue(
    'Verken eller',
  );
  await page.screenshot({ path: join(DOCS, 'designer-scale-1920.png') });
});
