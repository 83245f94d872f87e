import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';

/** Present mode as slides, driven from the keyboard only. */
export class PresentDeck {
  readonly root: Locator;
  readonly title: Locator;
  readonly counter: Locator;
  readonly overview: Locator;
  readonly footerN: Locator;
  constructor(readonly page: Page) {
    this.root = page.getByTestId('present-view');
    this.title = page.getByTestId('present-slide-title');
    this.counter = page.getByTestId('present-counter');
    this.overview = page.getByTestId('present-overview');
    this.footerN = page.getByTestId('present-n');
  }

  /** Enters present mode from the page's Present button, by keyboard (focus it, press Enter). */
  async enter(): Promise<void> {
    await this.page.getByTestId('present-toggle').focus();
    await this.page.keyboard.press('Enter');
    await this.root.waitFor();
  }

  async press(key: string): Promise<void> {
    await this.page.keyboard.press(key);
  }

  async expectSlide(n: number, count: number, title: string): Promise<void> {
    await expect(this.title).toHaveText(title);
    await expect(this.counter).toHaveText(`${n} / ${count}`);
  }

  /**
   * Picks `option` in the open (or opening) list of the focused combobox with the arrow keys and
   * Enter, as a presenter without a mouse does.
   */
  async pickWithArrows(option: string): Promise<void> {
    const listbox = this.page.getByRole('listbox');
    if (!(await listbox.isVisible())) await this.press('ArrowDown');
    await expect(listbox).toBeVisible();
    const target = listbox.getByRole('option', { name: option, exact: true });
    await expect(target).toHaveCount(1);
    for (let i = 0; i < 30; i++) {
      if ((await target.getAttribute('data-combobox-selected')) !== null) break;
      await this.press('ArrowDown');
    }
    await expect(target).toHaveAttribute('data-combobox-selected');
    await this.press('Enter');
  }

  /** Filters `variable` to `value` from the keyboard: F focuses the filter, arrows pick, Tab moves on. */
  async filter(variable: string, value: string): Promise<void> {
    await this.press('f');
    const variableInput = this.root.locator('input[data-testid="filter-variable"]');
    await expect(variableInput).toBeFocused();
    if ((await variableInput.inputValue()) !== variable) await this.pickWithArrows(variable);
    await expect(variableInput).toHaveValue(variable);
    await this.press('Tab');
    await this.page.keyboard.type(value);
    await this.pickWithArrows(value);
    // Esc closes the list if it is still open, then hands the keys back to the deck.
    if (await this.page.getByRole('listbox').isVisible()) {
      await this.press('Escape');
      await expect(this.page.getByRole('listbox')).toBeHidden();
    }
    await this.press('Escape');
    await expect(this.root).toBeFocused();
    await expect(this.overview).toBeHidden();
  }
}
