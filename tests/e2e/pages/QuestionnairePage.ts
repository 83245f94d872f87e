import type { Page } from '@playwright/test';

export type QuestionSpec = {
  code: string;
  text: string;
  /** The visible label of the type option (English UI). */
  type?: string;
  role?: string;
  scale?: '1–5' | '1–7' | '0–10' | '1–10';
};

export class QuestionnairePage {
  constructor(readonly page: Page) {}

  async addStage(name: string): Promise<void> {
    await this.page.getByTestId('add-stage').click();
    await this.page.getByTestId('stage-name-en').fill(name);
    await this.page.getByTestId('stage-submit').click();
    await this.page.getByText(name, { exact: true }).waitFor();
  }

  async addTouchpoint(stageIndex: number, name: string): Promise<void> {
    await this.page.getByTestId(`stage-${stageIndex}`).getByTestId('add-touchpoint').click();
    await this.page.getByTestId('touchpoint-name-en').fill(name);
    await this.page.getByTestId('touchpoint-submit').click();
    await this.page.getByText(name, { exact: true }).waitFor();
  }

  /** Adds a question to a touchpoint (`stage-touchpoint` indexes) or, with null, to the overall questions. */
  async addQuestion(where: [number, number] | null, q: QuestionSpec): Promise<void> {
    const opener = where
      ? this.page.getByTestId(`touchpoint-${where[0]}-${where[1]}`).getByTestId('add-question')
      : this.page.getByTestId('add-general-question');
    await opener.click();
    await this.page.getByTestId('question-code').fill(q.code);
    await this.page.getByTestId('question-text-en').fill(q.text);
    if (q.type) await this.choose('question-type', q.type);
    if (q.role) await this.choose('question-role', q.role);
    if (q.scale) await this.page.getByTestId('question-scale').getByText(q.scale, { exact: true }).click();
    await this.page.getByTestId('question-submit').click();
    await this.page.getByTestId(`question-row-${q.code}`).waitFor();
  }

  private async choose(testId: string, label: string): Promise<void> {
    await this.page.getByTestId(testId).click();
    await this.page.getByRole('option', { name: label, exact: true }).click();
  }
}
