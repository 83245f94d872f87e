import type { Locator, Page } from '@playwright/test';
import { E2E_TOKEN } from '../../../playwright.config';
import { StudyPage } from './StudyPage';

/** The start screen: new study, open, sample, recent. */
export class StartPage {
  readonly root: Locator;
  constructor(readonly page: Page) {
    this.root = page.getByTestId('start-screen');
  }

  async goto(): Promise<this> {
    await this.page.goto(`/?token=${E2E_TOKEN}`);
    await this.root.waitFor();
    return this;
  }

  async createStudy(client: string, title: string): Promise<StudyPage> {
    await this.page.getByTestId('new-study-client').fill(client);
    await this.page.getByTestId('new-study-title').fill(title);
    await this.page.getByTestId('new-study-create').click();
    const study = new StudyPage(this.page);
    await study.heading.waitFor();
    return study;
  }

  async openSample(): Promise<StudyPage> {
    await this.page.getByTestId('open-sample').click();
    const study = new StudyPage(this.page);
    await study.heading.waitFor();
    return study;
  }
}
