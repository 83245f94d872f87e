import type { Locator, Page } from '@playwright/test';

/** Units: touchpoints by unit, or one question by two crossed background variables. */
export class UnitsPage {
  readonly root: Locator;
  readonly table: Locator;
  readonly crossed: Locator;
  constructor(readonly page: Page) {
    this.root = page.getByTestId('units-page');
    this.table = page.getByTestId('units-table');
    this.crossed = page.getByTestId('crossed-table');
  }

  async crossWith(label: string): Promise<void> {
    await this.page.getByTestId('units-variable2').click();
    await this.page.getByRole('option', { name: label, exact: true }).click();
  }

  crossedCell(rowCode: string, colCode: string): Locator {
    return this.page.getByTestId(`crossed-cell-${rowCode}-${colCode}`);
  }
}
