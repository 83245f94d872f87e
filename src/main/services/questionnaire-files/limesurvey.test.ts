import { afterAll, describe, expect, it } from 'vitest';
import type { ImportPreview } from '../../../shared/api/import';
import type { FileBytes } from '../../../shared/api/study';
import { LIMESURVEY_COLUMNS, limeSurveyCode } from './limesurvey';
import { ok, testDispatch } from './test-context';

const t = testDispatch();
afterAll(() => t.sessions.closeAll());

async function sampleWithMulti() {
  const s = await t.sample();
  ok(
    await t.dispatch('questionnaire/addQuestion', {
      studyId: s.studyId,
      question: {
        code: 'CHANNELS',
        type: 'multi',
        role: 'segment',
        scale: {
          kind: 'choice',
          options: [
            { code: 'web', texts: { en: 'Web' } },
            { code: 'shop', texts: { en: 'Shop' } },
          ],
        },
        texts: { en: 'Which channels did you use?', nb: 'Hvilke kanaler brukte du?' },
      },
    }),
  );
  return s;
}

describe('the LimeSurvey TSV export', () => {
  it('writes the spec header, S/SL/G/Q/SQ/A rows per language, and a LimeSurvey response export maps by code', async () => {
    const s = await sampleWithMulti();
    const file = ok<FileBytes>(
      await t.dispatch('questionnaire/export', { studyId: s.studyId, format: 'limesurvey' }),
    );
    expect(file.name).toMatch(/\.limesurvey\.txt$/);
    const lines = Buffer.from(file.base64, 'base64').toString('utf8').replace(/\n$/, '').split('\n');
    const rows = lines.map((l) => l.split('\t'));
    expect(rows[0]).toEqual([...LIMESURVEY_COLUMNS]);
    expect(rows.every((r) => r.length === LIMESURVEY_COLUMNS.length)).toBe(true);
    const at = (r: string[], c: (typeof LIMESURVEY_COLUMNS)[number]) => r[LIMESURVEY_COLUMNS.indexOf(c)]!;
    const langs = s.o.meta.languages;
    expect(rows.find((r) => at(r, 'class') === 'S' && at(r, 'name') === 'language')?.[6]).toBe(langs[0]);
    const qRows = rows.filter((r) => at(r, 'class') === 'Q');
    const qs = (await t.dispatch('study/get', { studyId: s.studyId })) as { ok: true; value: typeof s.o };
    const questions = qs.value.questionnaire.questions;
    expect(qRows.length).toBe(questions.length * langs.length);
    for (const l of langs) expect(qRows.filter((r) => at(r, 'language') === l).length).toBe(questions.length);

    const nps = questions.find((q) => q.type === 'nps')!;
    const npsAt = rows.findIndex((r) => at(r, 'class') === 'Q' && at(r, 'name') === limeSurveyCode(nps.code));
    expect(at(rows[npsAt]!, 'type/scale')).toBe('L');
    const answers = [];
    for (let i = npsAt + 1; at(rows[i]!, 'class') === 'A'; i++) answers.push(at(rows[i]!, 'name'));
    expect(answers.slice(0, 11)).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    const multiAt = rows.findIndex((r) => at(r, 'name') === 'CHANNELS');
    expect(at(rows[multiAt]!, 'type/scale')).toBe('M');
    expect(rows.slice(multiAt + 1, multiAt + 3).map((r) => [at(r, 'class'), at(r, 'name')])).toEqual([
      ['SQ', 'web'],
      ['SQ', 'shop'],
    ]);
    const comment = questions.find((q) => q.type === 'text')!;
    expect(
      at(
        rows.find((r) => at(r, 'name') === limeSurveyCode(comment.code))!,
        'type/scale',
      ),
    ).toBe('T');

    // LimeSurvey's response export ("question code" headings): id, submitdate, lastpage, startlanguage, codes.
    const single = questions.filter((q) => q.type !== 'multi');
    const header = [
      'id',
      'submitdate',
      'lastpage',
      'startlanguage',
      ...single.map((q) => limeSurveyCode(q.code)),
    ];
    const value = (q: (typeof questions)[number]) =>
      q.scale.kind === 'range'
        ? String(q.scale.max)
        : q.scale.kind === 'choice'
          ? (q.scale.options[0]?.code ?? '')
          : 'Fine';
    const data = ['1', '2026-03-01 10:00:00', '3', 'nb', ...single.map(value)];
    const csv = [header, data, ['2', ...data.slice(1)]].map((r) => r.join(',')).join('\n');
    const p = ok<ImportPreview>(
      await t.dispatch('import/preview', {
        studyId: s.studyId,
        file: { name: 'results-survey123456.csv', base64: Buffer.from(csv).toString('base64') },
      }),
    );
    const byHeader = new Map(p.columns.map((c) => [c.header, c.questionCode]));
    for (const q of single) expect(byHeader.get(limeSurveyCode(q.code)), q.code).toBe(q.code);
  });

  // LimeSurvey exports a multiple-choice question as one column per option, CODE[SQ]; the import
  // mapping reads such a column as its own code (CODE_SQ), not as an option of question CODE.
  it.todo('maps LimeSurvey multiple-choice columns CODE[web], CODE[shop] to the multi question CODE');
});
