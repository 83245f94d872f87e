import { expect, test } from '@playwright/test';
import { join } from 'node:path';
import { ImportWizardPage } from './pages/import-wizard';
import { StartPage } from './pages/StartPage';

const NB_SURVEY = join(process.cwd(), 'tests/fixtures/import/scandinavian/nb-kundeundersokelse-win1252.csv');

test('what the import inferred, and why, reads in the UI language', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  const start = await new StartPage(page).goto();
  const study = await start.createStudy('Nordlys AS', 'Kundeundersøkelse 2026');
  await study.data();
  const wizard = new ImportWizardPage(page);
  await wizard.pick(NB_SURVEY);
  await wizard.next('mapping');
  await page.getByTestId('import-create-all').click();
  const sat = page.locator('[data-role="outcome-satisfaction"]');
  const imp = page.locator('[data-role="importance"]');
  await expect(sat.getByTestId('import-inferred-reason')).toContainText(
    'the answer labels ("Misfornøyd" … "Svært fornøyd") are a five-point scale',
  );

  await study.switchLanguage('NB');
  await expect(sat.getByTestId('import-inferred-reason')).toHaveText(
    'Hvorfor: «alt i alt» … «fornøy» i ordlyden: total tilfredshet; svaralternativene («Misfornøyd» … «Svært fornøyd») er en femdelt skala; manglende koder: "Vet ikke" = vet ikke',
  );
  await expect(sat.getByTestId('import-inferred-missing')).toContainText('"Vet ikke" = vet ikke');
  await expect(imp.getByTestId('import-inferred-reason')).toContainText(
    '«hvor viktig» i ordlyden: oppgitt viktighet',
  );
  await expect(imp.getByTestId('import-inferred-reason')).toContainText('kontaktpunkt «Kundeservice»');
  await expect(imp.getByTestId('import-inferred-reason')).toContainText('vekter ');
  await expect(
    page.locator('[data-role="segment"]').first().getByTestId('import-inferred-reason'),
  ).toContainText('bakgrunnsvariabel');
  await imp.getByTestId('import-inferred-reason').scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(test.info().outputDir, 'import-inferred-nb-1440.png') });

  await study.switchLanguage('DA');
  await expect(imp.getByTestId('import-inferred-reason')).toContainText(
    '»hvor viktig« i ordlyden: angivet vigtighed',
  );
});
