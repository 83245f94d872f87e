import type { Locator, Page } from '@playwright/test';

export class DashboardPage {
  readonly root: Locator;
  readonly npsValue: Locator;
  readonly npsMargin: Locator;
  readonly touchpointChart: Locator;
  readonly npsChart: Locator;
  constructor(readonly page: Page) {
    this.root = page.getByTestId('dashboard-page');
    this.npsValue = page.getByTestId('kpi-nps-value');
    this.npsMargin = page.getByTestId('kpi-nps-margin');
    this.touchpointChart = page.getByTestId('touchpoint-chart').locator('canvas');
    this.npsChart = page.getByTestId('nps-chart').locator('canvas');
  }

  mean(questionCode: string): Locator {
    return this.page.getByTestId(`tp-mean-${questionCode}`);
  }

  /** True when the canvas has non-transparent pixels, i.e. chart.js has drawn it. */
  async isDrawn(canvas: Locator): Promise<boolean> {
    return canvas.evaluate((el) => {
      const c = el as HTMLCanvasElement;
      if (c.width === 0 || c.height === 0) return false;
      const data = c.getContext('2d')?.getImageData(0, 0, c.width, c.height).data;
      if (!data) return false;
      let painted = 0;
      for (let i = 3; i < data.length; i += 4) if ((data[i] ?? 0) > 0) painted++;
      return painted > 500;
    });
  }

  async present(): Promise<Locator> {
    await this.page.getByTestId('present-toggle').click();
    const view = this.page.getByTestId('present-view');
    await view.waitFor();
    return view;
  }
}
