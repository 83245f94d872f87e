import type { Download, Page } from '@playwright/test';

export class ReportPage {
  constructor(readonly page: Page) {}

  /** Exports the PDF and returns the browser download. */
  async exportPdf(): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.page.getByTestId('export-pdf').click();
    return download;
  }
}
