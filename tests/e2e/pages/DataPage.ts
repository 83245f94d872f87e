import type { Locator, Page } from '@playwright/test';

export class DataPage {
  readonly previewTable: Locator;
  readonly summary: Locator;
  constructor(readonly page: Page) {
    this.previewTable = page.getByTestId('import-preview-table');
    this.summary = page.getByTestId('import-summary');
  }

  async preview(file: string): Promise<void> {
    await this.page.getByTestId('import-file-input').setInputFiles(file);
    await this.previewTable.waitFor();
  }

  async commit(waveYear: number): Promise<void> {
    await this.page.getByTestId('import-wave-year').fill(String(waveYear));
    await this.page.getByTestId('import-commit').click();
    await this.summary.waitFor();
  }
}
