import type { Locator, Page } from '@playwright/test';

/** Priorities: importance–performance map, priority list, key drivers. */
export class PrioritiesPage {
  readonly root: Locator;
  readonly mapChart: Locator;
  readonly quadrants: Locator;
  readonly driversTable: Locator;
  readonly driversCaption: Locator;
  readonly priorityList: Locator;
  constructor(readonly page: Page) {
    this.root = page.getByTestId('priorities-page');
    this.mapChart = page.getByTestId('map-chart').locator('canvas');
    this.quadrants = page.getByTestId('map-quadrants');
    this.driversTable = page.getByTestId('drivers-table');
    this.driversCaption = page.getByTestId('drivers-caption');
    this.priorityList = page.getByTestId('priority-list');
  }

  /** The driver ranked first (largest Shapley share): its question code and shown name. */
  async topDriver(): Promise<{ code: string | null; name: string }> {
    const row = this.driversTable.getByTestId('driver-row-0');
    return {
      code: await row.getAttribute('data-code'),
      name: (await row.getByTestId('driver-name').innerText()).trim(),
    };
  }

  async chooseImportance(label: string): Promise<void> {
    await this.page.getByTestId('priority-importance').getByText(label, { exact: true }).click();
  }
}
