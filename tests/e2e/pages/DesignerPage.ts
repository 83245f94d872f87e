import type { APIRequestContext, Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';
import { E2E_TOKEN } from '../../../playwright.config';

type Overview = {
  studyId: string;
  questionnaire: {
    stages: { id: number; code: string; position: number; texts: Record<string, string> }[];
    touchpoints: {
      id: number;
      stageId: number;
      code: string;
      position: number;
      texts: Record<string, string>;
    }[];
    questions: {
      id: number;
      code: string;
      touchpointId: number | null;
      position: number;
      role: string;
      texts: Record<string, string>;
      scale: { kind: string; min?: number; max?: number };
      weighsQuestionId: number | null;
    }[];
  };
};

/** The questionnaire designer: the journey tree, its toolbar and dialogs. */
export class DesignerPage {
  readonly root: Locator;
  constructor(readonly page: Page) {
    this.root = page.getByTestId('questionnaire-page');
  }

  row(code: string): Locator {
    return this.page.getByTestId(`question-row-${code}`);
  }

  touchpoint(stage: number, tp: number): Locator {
    return this.page.getByTestId(`touchpoint-${stage}-${tp}`);
  }

  async template(id: 'b2c' | 'b2b', withQuestions = true): Promise<void> {
    await this.page.getByTestId('template').click();
    await this.page.getByTestId(`template-${id}`).check();
    await this.page.getByTestId('template-with-questions').setChecked(withQuestions);
    await this.page.getByTestId('template-insert').click();
    await expect(this.page.getByTestId('template-insert')).toBeHidden();
  }

  /** Opens the bank from a touchpoint (indexes) or the overall questions (null) and adds the items. */
  async fromBank(where: [number, number] | null, items: string[]): Promise<void> {
    const opener = where
      ? this.touchpoint(...where).getByTestId('bank')
      : this.page.getByTestId('bank-general');
    await opener.click();
    for (const item of items) await this.page.getByTestId(`bank-${item}`).check();
    await this.page.getByTestId('bank-insert').click();
    await expect(this.page.getByTestId('bank-insert')).toBeHidden();
  }

  async paste(where: [number, number] | null, text: string): Promise<void> {
    const opener = where
      ? this.touchpoint(...where).getByTestId('paste')
      : this.page.getByTestId('paste-general');
    await opener.click();
    await this.page.getByTestId('paste-text').fill(text);
    await this.page.getByTestId('paste-insert').click();
    await expect(this.page.getByTestId('paste-insert')).toBeHidden();
  }

  async menu(testId: string, item: string): Promise<void> {
    await this.page.getByTestId(`${testId}-menu`).click();
    await this.page.getByTestId(`${testId}-${item}`).click();
  }

  /** Question codes per touchpoint, as the screen shows them, in order. */
  async screenTree(): Promise<string[][]> {
    return this.page.evaluate(() =>
      [...document.querySelectorAll('[data-testid^="questions-"]')].map((g) =>
        [...g.querySelectorAll('[data-testid^="question-row-"]')].map((r) =>
          (r.getAttribute('data-testid') ?? '').replace('question-row-', ''),
        ),
      ),
    );
  }

  /** The study as stored: reopened by path from the recent list (the same session answers). */
  async stored(request: APIRequestContext): Promise<Overview> {
    const recent = await call<{ path: string }[]>(request, 'study/recent', {});
    return call<Overview>(request, 'study/open', { path: recent[0]!.path });
  }
}

/** The stored tree in the same shape as `screenTree`: touchpoints in journey order, then overall. */
export function storedTree(o: Overview): string[][] {
  const q = o.questionnaire;
  const byPos = <T extends { position: number }>(xs: T[]) => [...xs].sort((a, b) => a.position - b.position);
  const codes = (tp: number | null) =>
    byPos(q.questions.filter((x) => x.touchpointId === tp)).map((x) => x.code);
  return [
    ...byPos(q.stages).flatMap((s) =>
      byPos(q.touchpoints.filter((t) => t.stageId === s.id)).map((t) => codes(t.id)),
    ),
    codes(null),
  ];
}

export async function call<T>(request: APIRequestContext, name: string, input: object): Promise<T> {
  const res = await request.post(`/api/${name}`, {
    data: input,
    headers: { Authorization: `Bearer ${E2E_TOKEN}` },
  });
  const body = (await res.json()) as { ok: boolean; value: T; error?: unknown };
  expect(body.ok, JSON.stringify(body.error)).toBe(true);
  return body.value;
}
