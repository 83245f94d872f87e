import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ImportWizardPage } from './pages/import-wizard';
import { StartPage } from './pages/StartPage';

const DOCS = join(process.cwd(), 'docs');
const WARNING = 'Multiple-response set $kanal left out: the file has no variable k_buti_';
const WARNING_NB = 'Flervalgssettet $kanal er utelatt: filen har ingen variabel k_buti_';
const WARNING_DA = 'Multiple response-sættet $kanal er udeladt: filen har ingen variabel k_buti_';

/** mrsets.sav with its set $kanal naming a variable the file lacks: the reader leaves the set out. */
function damagedSav(): Buffer {
  const bytes = readFileSync(join(process.cwd(), 'tests/fixtures/import/spss/mrsets.sav'));
  const i = bytes.indexOf(Buffer.from('k_butik\n', 'latin1'));
  if (i < 0) throw new Error('mrsets.sav has no $kanal member k_butik');
  bytes.write('k_buti_', i, 'latin1');
  return bytes;
}

/** The wizard card, whole, at a window size (the app header cannot cover it in a full-page capture). */
async function docShot(page: Page, wizard: ImportWizardPage, w: number, h: number): Promise<void> {
  await page.setViewportSize({ width: w, height: h });
  await page.evaluate(() => window.scrollTo(0, 0));
  const box = await wizard.root.boundingBox();
  if (!box) throw new Error('the wizard is not visible');
  const clip = { x: box.x - 8, y: box.y - 8, width: box.width + 16, height: box.height + 16 };
  await page.screenshot({ path: join(DOCS, `import-spss-warnings-${w}.png`), fullPage: true, clip });
}

test('what the SPSS reader left out is shown in the wizard and in the import summary', async ({ page }) => {
  const start = await new StartPage(page).goto();
  const study = await start.createStudy('Nordlys AS', 'Kunder 2025');
  await study.data();
  const wizard = new ImportWizardPage(page);
  await wizard.pick({ name: 'kunder.sav', mimeType: 'application/octet-stream', buffer: damagedSav() });

  const notice = page.getByTestId('import-read-warnings');
  await expect(notice).toContainText('One part of the file could not be read and is left out');
  await expect(page.getByTestId('import-read-warning')).toHaveText([WARNING]);
  for (const [w, h] of [
    [1440, 900],
    [1920, 1080],
  ] as const)
    await docShot(page, wizard, w, h);
  await page.setViewportSize({ width: 1440, height: 900 });
  // in the UI's language, the reader's technical detail (none here) left as it is
  await study.switchLanguage('NB');
  await expect(notice).toContainText('Én del av filen kunne ikke leses og er utelatt');
  await expect(page.getByTestId('import-read-warning')).toHaveText([WARNING_NB]);
  await page.screenshot({ path: join(test.info().outputDir, 'import-spss-warnings-nb-1440.png') });
  await study.switchLanguage('DA');
  await expect(page.getByTestId('import-read-warning')).toHaveText([WARNING_DA]);
  await study.switchLanguage('EN');

  await wizard.next('mapping');
  await page.getByTestId('import-create-all').click();
  await wizard.toValidation();
  await wizard.commit(2025);
  expect(await wizard.counts()).toMatchObject({ read: 10, imported: 10, skipped: 0 });
  await expect(wizard.summary.getByTestId('import-read-warning')).toHaveText([WARNING]);
});
