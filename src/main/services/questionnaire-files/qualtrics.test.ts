import { afterAll, describe, expect, it } from 'vitest';
import type { ImportPreview } from '../../../shared/api/import';
import type { FileBytes } from '../../../shared/api/study';
import { qualtricsId } from './qualtrics';
import { ok, testDispatch } from './test-context';

const t = testDispatch();
afterAll(() => t.sessions.closeAll());

const csvCell = (s: string) => (/[",\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);

describe('the Qualtrics Advanced Format TXT export', () => {
  it('writes a block per stage and an [[ID:code]] question per question, and a Qualtrics response CSV maps by code', async () => {
    const s = await t.sample();
    const lang = s.o.meta.languages.includes('nb') ? 'nb' : s.o.meta.languages[0]!;
    const file = ok<FileBytes>(
      await t.dispatch('questionnaire/export', { studyId: s.studyId, format: 'qualtrics-txt', lang }),
    );
    expect(file.name).toMatch(new RegExp(`questionnaire \\(${lang}\\)\\.qualtrics\\.txt$`));
    const txt = Buffer.from(file.base64, 'base64').toString('utf8');
    const lines = txt.split('\n');
    expect(lines[0]).toBe('[[AdvancedFormat]]');
    const qs = s.o.questionnaire.questions;
    const stagesWithQuestions = s.o.questionnaire.stages.filter((st) =>
      s.o.questionnaire.touchpoints.some(
        (tp) => tp.stageId === st.id && qs.some((q) => q.touchpointId === tp.id),
      ),
    );
    expect(lines.filter((l) => l.startsWith('[[Block:')).length).toBe(
      stagesWithQuestions.length + (qs.some((q) => q.touchpointId === null) ? 1 : 0),
    );
    expect(lines).toContain(`[[Block:${stagesWithQuestions[0]!.texts[lang]}]]`);
    const ids = lines.filter((l) => l.startsWith('[[ID:')).map((l) => l.slice(5, -2));
    expect(ids).toEqual(qs.map((q) => qualtricsId(q.code)));

    for (const q of qs) {
      const at = lines.indexOf(`[[ID:${qualtricsId(q.code)}]]`);
      expect(lines[at + 1]).toBe(q.texts[lang]);
      if (q.type === 'rating' || q.type === 'nps') {
        expect(lines[at - 1]).toBe('[[Question:MC:SingleAnswer:Horizontal]]');
        expect(lines[at + 3]).toBe('[[AdvancedChoices]]');
        if (q.scale.kind !== 'range') throw new Error('a rating has a range');
        expect(lines[at + 4]).toBe(`[[Choice:${q.scale.min}]]`);
        for (const m of q.scale.missingCodes) expect(lines).toContain(`[[Choice:${m.value}]]`);
      }
      if (q.type === 'text') expect(lines[at - 1]).toBe('[[Question:TE:Essay]]');
    }
    const nps = qs.find((q) => q.type === 'nps')!;
    const npsAt = lines.indexOf(`[[ID:${qualtricsId(nps.code)}]]`);
    expect(lines.slice(npsAt + 4, npsAt + 26).filter((l) => l.startsWith('[[Choice:'))).toEqual(
      Array.from({ length: 11 }, (_, i) => `[[Choice:${i}]]`),
    );

    // Qualtrics' response CSV: row 1 export tags (the [[ID]]s), row 2 question texts, row 3 ImportId JSON.
    const meta = ['StartDate', 'EndDate', 'Status', 'Progress', 'ResponseId'];
    const row1 = [...meta, ...ids];
    const row2 = [...meta.map((m) => m), ...qs.map((q) => q.texts[lang] ?? q.code)];
    const row3 = [
      ...meta.map((m) => `{"ImportId":"${m.toLowerCase()}"}`),
      ...qs.map((_, i) => `{"ImportId":"QID${i + 1}"}`),
    ];
    const value = (q: (typeof qs)[number]) =>
      q.scale.kind === 'range'
        ? String(q.scale.max)
        : q.scale.kind === 'choice'
          ? (q.scale.options[0]?.code ?? '')
          : 'Fine';
    const data = (id: string) => [
      '2026-03-01 10:00:00',
      '2026-03-01 10:05:00',
      '0',
      '100',
      id,
      ...qs.map(value),
    ];
    const csv = [row1, row2, row3, data('R_1'), data('R_2')].map((r) => r.map(csvCell).join(',')).join('\n');
    const p = ok<ImportPreview>(
      await t.dispatch('import/preview', {
        studyId: s.studyId,
        file: { name: 'qualtrics.csv', base64: Buffer.from(csv).toString('base64') },
      }),
    );
    expect(p.rows).toBe(2);
    const byCode = new Map(p.columns.map((c) => [c.code, c.questionCode]));
    for (const q of qs) expect(byCode.get(qualtricsId(q.code)), q.code).toBe(q.code);
  });
});
