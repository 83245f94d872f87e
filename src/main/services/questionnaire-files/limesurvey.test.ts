import { afterAll, describe, expect, it } from 'vitest';
import type { Frequencies, ImportPreview } from '../../../shared/api/import';
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

  it('maps a LimeSurvey response export’s multiple-choice columns CODE[SQ] back to the multi question, one option per column', async () => {
    const s = await sampleWithMulti();
    // A second multi question whose option codes LimeSurvey cannot take: exported as SQ001, SQ002.
    ok(
      await t.dispatch('questionnaire/addQuestion', {
        studyId: s.studyId,
        question: {
          code: 'CONTACT.WAY',
          type: 'multi',
          role: 'segment',
          scale: {
            kind: 'choice',
            options: [
              { code: 'e-mail', texts: { en: 'E-mail' } },
              { code: 'phone_call', texts: { en: 'Phone' } },
            ],
          },
          texts: { en: 'How did you contact us?' },
        },
      }),
    );
    const file = ok<FileBytes>(
      await t.dispatch('questionnaire/export', { studyId: s.studyId, format: 'limesurvey' }),
    );
    // The subquestion codes as LimeSurvey holds them after importing our survey structure: its
    // response export names the columns QUESTION[SUBQUESTION] ("question code" headings).
    const rows = Buffer.from(file.base64, 'base64')
      .toString('utf8')
      .trimEnd()
      .split('\n')
      .map((l) => l.split('\t'));
    const at = (r: string[], c: (typeof LIMESURVEY_COLUMNS)[number]) => r[LIMESURVEY_COLUMNS.indexOf(c)]!;
    const subquestions = (code: string) => {
      const i = rows.findIndex((r) => at(r, 'class') === 'Q' && at(r, 'name') === code);
      const out: string[] = [];
      for (let j = i + 1; at(rows[j]!, 'class') === 'SQ'; j++) out.push(at(rows[j]!, 'name'));
      return out;
    };
    expect(subquestions('CHANNELS')).toEqual(['web', 'shop']);
    expect(subquestions('CONTACT_WAY')).toEqual(['SQ001', 'SQ002']);
    const columns = ['CHANNELS[web]', 'CHANNELS[shop]', 'CONTACT_WAY[SQ001]', 'CONTACT_WAY[SQ002]'];
    // 12 respondents; who ticked what (web 9, shop 7; e-mail 6, phone 8), the last one nothing.
    const ticked = (i: number) => [i <= 8, i >= 4 && i <= 10, i <= 5, i >= 3 && i <= 10];
    const responseFile = (yes: string, no: string, heading: (c: string) => string) =>
      [
        ['id', 'submitdate', 'lastpage', 'startlanguage', ...columns.map(heading)],
        ...Array.from({ length: 12 }, (_, i) => [
          String(i + 1),
          '2027-03-01 10:00:00',
          '2',
          'en',
          ...ticked(i).map((x) => (x ? yes : no)),
        ]),
      ]
        .map((r) => r.map((c) => (c.includes(',') ? `"${c}"` : c)).join(','))
        .join('\n');
    const check = async (csv: string, waveYear: number) => {
      const input = {
        studyId: s.studyId,
        file: { name: 'results-survey123456.csv', base64: Buffer.from(csv).toString('base64') },
      };
      const p = ok<ImportPreview>(await t.dispatch('import/preview', input));
      expect(p.tool).toBe('limesurvey');
      expect(p.columns.slice(4).map((c) => c.questionCode)).toEqual([
        'CHANNELS',
        'CHANNELS',
        'CONTACT.WAY',
        'CONTACT.WAY',
      ]);
      expect(p.newQuestions).toEqual([]);
      expect(p.validation.errors).toBe(0);
      const summary = ok<{ imported: number }>(await t.dispatch('import/commit', { ...input, waveYear }));
      expect(summary.imported).toBe(11);
      const counts = async (questionCode: string) => {
        const f = ok<Frequencies>(
          await t.dispatch('import/frequencies', { studyId: s.studyId, questionCode, waveYear }),
        );
        return Object.fromEntries(f.counts.map((c) => [c.value, c.count]));
      };
      expect(await counts('CHANNELS')).toEqual({ web: 9, shop: 7 });
      expect(await counts('CONTACT.WAY')).toEqual({ 'e-mail': 6, phone_call: 8 });
    };
    // Answer codes as exported: Y for a ticked box, blank for the others.
    await check(
      responseFile('Y', '', (c) => c),
      2027,
    );
    // "Convert Y to 1, N to 0", with "question code & question text" headings.
    await check(
      responseFile('1', '0', (c) => `${c}. Which one? [${c.slice(c.indexOf('[') + 1, -1)}]`),
      2028,
    );
  });

  it('maps a single choice whose option codes LimeSurvey cannot take back from its answer codes A001 …', async () => {
    const s = await t.sample();
    ok(
      await t.dispatch('questionnaire/addQuestion', {
        studyId: s.studyId,
        question: {
          code: 'VISIT',
          type: 'single',
          role: 'segment',
          scale: {
            kind: 'choice',
            options: [
              { code: 'in-store', texts: { en: 'In a store' } },
              { code: 'web', texts: { en: 'Online' } },
            ],
          },
          texts: { en: 'Where did you shop?' },
        },
      }),
    );
    const file = ok<FileBytes>(
      await t.dispatch('questionnaire/export', { studyId: s.studyId, format: 'limesurvey' }),
    );
    const rows = Buffer.from(file.base64, 'base64')
      .toString('utf8')
      .trimEnd()
      .split('\n')
      .map((l) => l.split('\t'));
    const at = (r: string[], c: (typeof LIMESURVEY_COLUMNS)[number]) => r[LIMESURVEY_COLUMNS.indexOf(c)]!;
    const q = rows.findIndex((r) => at(r, 'class') === 'Q' && at(r, 'name') === 'VISIT');
    expect([at(rows[q + 1]!, 'name'), at(rows[q + 2]!, 'name')]).toEqual(['A001', 'web']);
    // LimeSurvey's response export with answer codes: 6 in a store (A001), 5 online (web), 1 no answer.
    const answers = [...Array<string>(6).fill('A001'), ...Array<string>(5).fill('web'), ''];
    const csv = [
      'id,submitdate,lastpage,startlanguage,VISIT',
      ...answers.map((a, i) => `${i + 1},2027-03-01 10:00:00,1,en,${a}`),
    ].join('\n');
    const input = {
      studyId: s.studyId,
      file: { name: 'results-survey654321.csv', base64: Buffer.from(csv).toString('base64') },
    };
    const p = ok<ImportPreview>(await t.dispatch('import/preview', input));
    expect(p.columns.find((c) => c.header === 'VISIT')?.questionCode).toBe('VISIT');
    expect(p.validation.errors).toBe(0);
    ok(await t.dispatch('import/commit', { ...input, waveYear: 2027 }));
    const f = ok<Frequencies>(
      await t.dispatch('import/frequencies', { studyId: s.studyId, questionCode: 'VISIT', waveYear: 2027 }),
    );
    expect(Object.fromEntries(f.counts.map((c) => [c.value, c.count]))).toEqual({ 'in-store': 6, web: 5 });
  });
});
