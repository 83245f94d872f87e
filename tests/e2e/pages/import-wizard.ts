import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';
import { join } from 'node:path';

export type WizardStep = 'pick' | 'sheet' | 'mapping' | 'recodes' | 'validation' | 'progress' | 'done';
export type FilePayload = { name: string; mimeType: string; buffer: Buffer };

const SHOTS = join(process.cwd(), 'test-results/screenshots');

/** The import wizard on the Data page, by mouse or by keyboard. */
export class ImportWizardPage {
  readonly root: Locator;
  readonly heading: Locator;
  readonly summary: Locator;
  constructor(readonly page: Page) {
    this.root = page.getByTestId('import-wizard');
    this.heading = page.getByTestId('import-step-heading');
    this.summary = page.getByTestId('import-summary');
  }

  async at(step: WizardStep): Promise<void> {
    await expect(this.heading).toHaveAttribute('data-step', step);
  }

  async pick(file: string | FilePayload): Promise<void> {
    await this.page.getByTestId('import-file-input').setInputFiles(file);
    await this.at('sheet');
  }

  /** Re-map: opens the wizard on a file kept in the study, from the files table. */
  async remap(fileName: string): Promise<void> {
    await this.page.getByTestId(`file-row-${fileName}`).getByTestId('file-remap').click();
    await this.at('sheet');
  }

  /** In the mapping step: the question a column (by its header) maps to, picked by code. */
  async mapColumn(header: string, questionCode: string): Promise<void> {
    const row = this.page.getByTestId(`import-col-${header}`);
    await row.getByTestId('import-map-select').click();
    await this.page.getByRole('option', { name: new RegExp(`^${questionCode} – `) }).click();
    await expect(row.getByTestId('import-map-select')).toHaveValue(new RegExp(`^${questionCode} – `));
  }

  async next(to: WizardStep): Promise<void> {
    await this.page.getByTestId('import-next').click();
    await this.at(to);
  }

  /** On through the remaining steps to the validation report, keeping what is shown. */
  async toValidation(): Promise<void> {
    const order: WizardStep[] = ['sheet', 'mapping', 'recodes', 'validation'];
    const now = (await this.heading.getAttribute('data-step')) as WizardStep;
    for (const step of order.slice(order.indexOf(now) + 1)) await this.next(step);
  }

  async commit(waveYear: number): Promise<void> {
    await this.page.getByTestId('import-wave-year').fill(String(waveYear));
    await this.page.getByTestId('import-commit').click();
    await this.summary.waitFor({ timeout: 60_000 });
  }

  async counts(): Promise<{ read: number; imported: number; skipped: number; created: number }> {
    const n = async (id: string) => Number((await this.page.getByTestId(id).innerText()).replace(/\D/g, ''));
    return {
      read: await n('import-rows-read'),
      imported: await n('import-rows-imported'),
      skipped: await n('import-rows-skipped'),
      created: await n('import-created-count'),
    };
  }

  async another(): Promise<void> {
    await this.page.getByRole('button', { name: 'Import another file' }).click();
    await this.at('pick');
  }

  /** Presses Tab until the element with this test id has focus (proves it is reachable by keyboard). */
  async tabTo(target: string | { text: string }, max = 120): Promise<void> {
    for (let i = 0; i < max; i++) {
      await this.page.keyboard.press('Tab');
      const el = await this.page.evaluate(() => ({
        id: document.activeElement?.getAttribute('data-testid') ?? '',
        text: document.activeElement?.textContent?.trim() ?? '',
      }));
      if (typeof target === 'string' ? el.id === target : el.text === target.text) return;
    }
    throw new Error(`tabTo: ${JSON.stringify(target)} not reached in ${max} Tab presses`);
  }

  async headingFocused(step: WizardStep): Promise<void> {
    await this.at(step);
    await expect(this.heading).toBeFocused();
  }

  /** The wizard card from a full-page capture, so the sticky app header cannot cover it. */
  async shot(name: string): Promise<void> {
    await this.page.evaluate(() => window.scrollTo(0, 0));
    const box = await this.root.boundingBox();
    if (!box) throw new Error('shot: the wizard is not visible');
    const clip = { x: box.x - 8, y: box.y - 8, width: box.width + 16, height: box.height + 16 };
    await this.page.screenshot({ path: join(SHOTS, `import-${name}.png`), fullPage: true, clip });
  }
}
