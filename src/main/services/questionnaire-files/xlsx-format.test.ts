import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import * as XLSX from 'xlsx';
import { afterAll, describe, expect, it } from 'vitest';
import type { FileBytes } from '../../../shared/api/study';
import type { StudyOverview } from '../../../shared/domain/study';
import { byCode, ok, testDispatch } from './test-context';

const t = testDispatch();
afterAll(() => t.sessions.closeAll());
const hash = (p: string) => createHash('sha256').update(readFileSync(p)).digest('hex');

function editSheet(file: FileBytes, edit: (rows: string[][]) => void): FileBytes {
  const wb = XLSX.read(Buffer.from(file.base64, 'base64'), { type: 'buffer' });
  const ws = wb.Sheets['Questions']!;
  const rows = XLSX.utils.sheet_to_json<string[]>(ws, { header: 1, raw: false, defval: '' });
  edit(rows);
  wb.Sheets['Questions'] = XLSX.utils.aoa_to_sheet(rows);
  return {
    name: file.name,
    base64: (XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer).toString('base64'),
  };
}

describe('the questionnaire workbook', () => {
  it('exported from the sample study and imported into an empty study gives the identical questionnaire', async () => {
    const s = await t.sample();
    const file = ok<FileBytes>(
      await t.dispatch('questionnaire/export', { studyId: s.studyId, format: 'xlsx', lang: 'nb' }),
    );
    expect(file.name).toBe(`${s.o.meta.title.replace(' / ', ' ')} – questionnaire (nb).xlsx`);
    const e = await t.empty(['en', 'nb']);
    const o = ok<StudyOverview>(await t.dispatch('questionnaire/import', { studyId: e.studyId, file }));
    expect(o.questionnaire.questions.length).toBeGreaterThan(10);
    expect(byCode(o.questionnaire)).toEqual(byCode(s.o.questionnaire));
    const undone = ok<StudyOverview>(await t.dispatch('questionnaire/undo', { studyId: e.studyId }));
    expect(undone.questionnaire.questions).toEqual([]);
  });

  it('keeps stages and touchpoints without questions, and guards formula-like texts', async () => {
    const s = await t.sample();
    const stage = s.o.questionnaire.stages[0]!;
    ok(
      await t.dispatch('questionnaire/addTouchpoint', {
        studyId: s.studyId,
        stageId: stage.id,
        texts: { en: '=HYPERLINK("x")' },
        code: 'EMPTYTP',
      }),
    );
    ok(
      await t.dispatch('questionnaire/addStage', {
        studyId: s.studyId,
        texts: { en: '+Later' },
        code: 'EMPTYST',
      }),
    );
    const file = ok<FileBytes>(
      await t.dispatch('questionnaire/export', { studyId: s.studyId, format: 'xlsx' }),
    );
    const wb = XLSX.read(Buffer.from(file.base64, 'base64'), { type: 'buffer' });
    const journey = XLSX.utils.sheet_to_json<string[]>(wb.Sheets['Journey']!, { header: 1, raw: false });
    expect(journey.flat()).toContain(`'=HYPERLINK("x")`);
    expect(journey.flat()).toContain(`'+Later`);
    const e = await t.empty(['en']);
    const o = ok<StudyOverview>(await t.dispatch('questionnaire/import', { studyId: e.studyId, file }));
    expect(o.questionnaire.touchpoints.find((x) => x.code === 'EMPTYTP')?.texts.en).toBe('=HYPERLINK("x")');
    expect(o.questionnaire.stages.at(-1)).toMatchObject({ code: 'EMPTYST', texts: { en: '+Later' } });
  });

  it('names sheet, row and column of a fault and leaves the study file byte-identical', async () => {
    const s = await t.sample();
    const file = ok<FileBytes>(
      await t.dispatch('questionnaire/export', { studyId: s.studyId, format: 'xlsx' }),
    );
    const e = await t.empty(['en']);
    const before = hash(e.path);
    const bad = editSheet(file, (rows) => {
      const col = rows[0]!.indexOf('scale');
      const row = rows.findIndex((r, i) => i > 0 && /^\d+-\d+$/.test(r[col] ?? ''));
      rows[row]![col] = '1-';
    });
    const r = await t.dispatch('questionnaire/import', { studyId: e.studyId, file: bad });
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.error.message).toMatch(
        /^questionnaire\.xlsx, sheet Questions, row \d+, column scale: '1-' is not a scale \(write 1-5, 0-10/,
      );
    expect(hash(e.path)).toBe(before);
  });

  it('with answers, updates texts in place and refuses to drop an answered question', async () => {
    const s = await t.sample();
    const file = ok<FileBytes>(
      await t.dispatch('questionnaire/export', { studyId: s.studyId, format: 'xlsx' }),
    );
    const qs = s.o.questionnaire.questions;
    const first = qs.find((x) => x.type === 'rating' && !qs.some((y) => y.weighsQuestionId === x.id))!;
    const renamed = editSheet(file, (rows) => {
      const row = rows.find((r) => r[rows[0]!.indexOf('code')] === first.code)!;
      row[rows[0]!.indexOf('text_en')] = 'A clearer wording';
    });
    const o = ok<StudyOverview>(
      await t.dispatch('questionnaire/import', { studyId: s.studyId, file: renamed }),
    );
    const after = o.questionnaire.questions.find((x) => x.code === first.code)!;
    expect(after.id).toBe(first.id);
    expect(after.texts.en).toBe('A clearer wording');
    const before = hash(s.path);
    const dropped = editSheet(file, (rows) => {
      rows.splice(
        rows.findIndex((r) => r[rows[0]!.indexOf('code')] === first.code),
        1,
      );
    });
    const r = await t.dispatch('questionnaire/import', { studyId: s.studyId, file: dropped });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toContain(`question ${first.code} holds answers`);
    expect(hash(s.path)).toBe(before);
  });

  it('with answers, changes a scale the answers fit and refuses one they do not', async () => {
    const s = await t.sample();
    const file = ok<FileBytes>(
      await t.dispatch('questionnaire/export', { studyId: s.studyId, format: 'xlsx' }),
    );
    const q = s.o.questionnaire.questions.find(
      (x) => x.type === 'rating' && x.scale.kind === 'range' && x.scale.max === 5,
    )!;
    const withScale = (scale: string) =>
      editSheet(file, (rows) => {
        const row = rows.find((r) => r[rows[0]!.indexOf('code')] === q.code)!;
        row[rows[0]!.indexOf('scale')] = scale;
        for (const l of ['en', 'nb', 'da']) row[rows[0]!.indexOf(`labels_${l}`)] = '';
      });
    const before = hash(s.path);
    const r = await t.dispatch('questionnaire/import', { studyId: s.studyId, file: withScale('1-3') });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toContain(q.code);
    expect(hash(s.path)).toBe(before);
    const o = ok<StudyOverview>(
      await t.dispatch('questionnaire/import', { studyId: s.studyId, file: withScale('1-7') }),
    );
    expect(o.questionnaire.questions.find((x) => x.id === q.id)?.scale).toMatchObject({
      kind: 'range',
      min: 1,
      max: 7,
    });
  });

  it('reads a workbook a consultant typed by hand: only the needed columns, no Journey sheet', async () => {
    const rows = [
      [
        'stage',
        'stage_en',
        'touchpoint',
        'touchpoint_en',
        'code',
        'type',
        'scale',
        'labels_en',
        'missing',
        'role',
        'text_en',
      ],
      [
        'BUY',
        'Purchase',
        'WEB',
        'Web shop',
        'Q1',
        'rating',
        '1-5',
        '1=Very poor; 5=Very good',
        '9=dontKnow',
        'performance',
        'How was the web shop?',
      ],
      ['', '', '', '', 'NPS', 'nps', '0-10', '', '', 'outcome-recommend', "'=Would you recommend us?"],
      ['', '', '', '', 'AGE', 'single', 'choice', 'a=18-29; b=30+', '', 'segment', 'Age'],
    ];
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows), 'Questions');
    const base64 = (XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer).toString('base64');
    const e = await t.empty(['en']);
    const o = ok<StudyOverview>(
      await t.dispatch('questionnaire/import', { studyId: e.studyId, file: { name: 'q.xlsx', base64 } }),
    );
    const q = o.questionnaire;
    expect(q.stages.map((x) => x.code)).toEqual(['BUY']);
    expect(q.touchpoints.map((x) => [x.code, x.texts.en])).toEqual([['WEB', 'Web shop']]);
    expect(q.questions.map((x) => x.code)).toEqual(['Q1', 'NPS', 'AGE']);
    expect(q.questions[0]!.scale).toEqual({
      kind: 'range',
      min: 1,
      max: 5,
      labels: [
        { value: 1, texts: { en: 'Very poor' } },
        { value: 5, texts: { en: 'Very good' } },
      ],
      missingCodes: [{ value: 9, kind: 'dontKnow' }],
    });
    expect(q.questions[1]!.texts.en).toBe('=Would you recommend us?');
    expect(q.questions[2]!.scale).toEqual({
      kind: 'choice',
      options: [
        { code: 'a', texts: { en: '18-29' } },
        { code: 'b', texts: { en: '30+' } },
      ],
    });
  });
});
