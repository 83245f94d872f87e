import type { Locator, Page } from '@playwright/test';
import { DashboardPage } from './DashboardPage';
import { DataPage } from './DataPage';
import { PrioritiesPage } from './PrioritiesPage';
import { QuestionnairePage } from './QuestionnairePage';
import { ReportPage } from './ReportPage';
import { UnitsPage } from './UnitsPage';

/** The shell around an open study: header, wave selector, language switch, navigation. */
export class StudyPage {
  readonly heading: Locator;
  constructor(readonly page: Page) {
    this.heading = page.getByTestId('study-heading');
  }

  async questionnaire(): Promise<QuestionnairePage> {
    await this.page.getByTestId('nav-questionnaire').click();
    return new QuestionnairePage(this.page);
  }

  async data(): Promise<DataPage> {
    await this.page.getByTestId('nav-data').click();
    return new DataPage(this.page);
  }

  async dashboard(): Promise<DashboardPage> {
    await this.page.getByTestId('nav-dashboard').click();
    return new DashboardPage(this.page);
  }

  async priorities(): Promise<PrioritiesPage> {
    await this.page.getByTestId('nav-priorities').click();
    const p = new PrioritiesPage(this.page);
    await p.root.waitFor();
    return p;
  }

  async units(): Promise<UnitsPage> {
    await this.page.getByTestId('nav-units').click();
    const p = new UnitsPage(this.page);
    await p.root.waitFor();
    return p;
  }

  async report(): Promise<ReportPage> {
    await this.page.getByTestId('nav-report').click();
    return new ReportPage(this.page);
  }

  /** True when the canvas has non-transparent pixels, i.e. chart.js has drawn it. */
  async isDrawn(canvas: Locator): Promise<boolean> {
    return canvas.evaluate((el) => {
      const c = el as HTMLCanvasElement;
      const data =
        c.width && c.height ? c.getContext('2d')?.getImageData(0, 0, c.width, c.height).data : undefined;
      let painted = 0;
      for (let i = 3; data && i < data.length; i += 4) if ((data[i] ?? 0) > 0) painted++;
      return painted > 500;
    });
  }

  async switchLanguage(lang: 'EN' | 'NB' | 'DA'): Promise<void> {
    await this.page.getByTestId('language-switch').getByText(lang, { exact: true }).click();
  }
}
