import type { Locator, Page } from '@playwright/test';

/** The live workshop filter on the dashboard, priorities and units pages. */
export class FilterBar {
  readonly chip: Locator;
  constructor(readonly page: Page) {
    this.chip = page.getByTestId('filter-chip');
  }

  /** Filters `variable` (its visible label) to the given values (visible labels), from the keyboard and mouse. */
  async set(variable: string, values: string[]): Promise<void> {
    const bar = this.page.getByTestId('filter-bar').first();
    await bar.getByTestId('filter-variable').click();
    await this.page.getByRole('option', { name: variable, exact: true }).click();
    await bar.getByTestId('filter-values').click();
    for (const v of values) await this.page.getByRole('option', { name: v, exact: true }).click();
    await this.page.keyboard.press('Escape');
  }

  async clear(): Promise<void> {
    await this.page.getByTestId('filter-chip-clear').click();
  }
}
