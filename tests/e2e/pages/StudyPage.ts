import type { Locator, Page } from '@playwright/test';
import { DashboardPage } from './DashboardPage';
import { DataPage } from './DataPage';
import { QuestionnairePage } from './QuestionnairePage';
import { ReportPage } from './ReportPage';

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

  async report(): Promise<ReportPage> {
    await this.page.getByTestId('nav-report').click();
    return new ReportPage(this.page);
  }

  async switchLanguage(lang: 'EN' | 'NB' | 'DA'): Promise<void> {
    await this.page.getByTestId('language-switch').getByText(lang, { exact: true }).click();
  }
}
