import type { Locator, Page } from '@playwright/test';

/** The Data page: the import wizard (driven step by step) and the tables of waves and files. */
export class DataPage {
  readonly previewTable: Locator;
  readonly summary: Locator;
  readonly heading: Locator;
  constructor(readonly page: Page) {
    this.previewTable = page.getByTestId('import-preview-table');
    this.summary = page.getByTestId('import-summary');
    this.heading = page.getByTestId('import-step-heading');
  }

  /** Picks the file and goes on to the mapping step. */
  async preview(file: string): Promise<void> {
    await this.page.getByTestId('import-file-input').setInputFiles(file);
    await this.page.locator('[data-testid="import-step-heading"][data-step="sheet"]').waitFor();
    await this.page.getByTestId('import-next').click();
    await this.previewTable.waitFor();
  }

  /** From any step before the check: on to the check, then import into the wave. */
  async commit(waveYear: number): Promise<void> {
    const year = this.page.getByTestId('import-wave-year');
    while (!(await year.isVisible())) {
      await this.page.getByTestId('import-next').click();
      await this.page.waitForTimeout(50);
    }
    await year.fill(String(waveYear));
    await this.page.getByTestId('import-commit').click();
    await this.summary.waitFor();
  }
}
