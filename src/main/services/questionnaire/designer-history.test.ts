import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Result } from '../../../shared/api/errors';
import type { StudyOverview } from '../../../shared/domain/index';
import { makeTestStudy } from '../analysis/test-study';
import { countAnswers, replaceAnswers } from '../store/answers-edit';
import { testDispatch } from '../test-dispatch';

const { dir, sessions, dispatch } = testDispatch('tp-designer-history-');
afterAll(() => sessions.closeAll());

function ok(r: Result<unknown>): StudyOverview {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value as StudyOverview;
}

async function open() {
  const { path, db } = makeTestStudy(mkdtempSync(join(dir, 's-')), 30);
  db.close();
  const o = ok(await dispatch('study/open', { path }));
  return { studyId: o.studyId, path, o };
}

const q = (o: StudyOverview, code: string) => {
  const found = o.questionnaire.questions.find((x) => x.code === code);
  if (!found) throw new Error(`no question ${code}`);
  return found;
};
const hash = (p: string) => createHash('sha256').update(readFileSync(p)).digest('hex');
const range = (min: number, max: number) => ({
  kind: 'range' as const,
  min,
  max,
  labels: [],
  missingCodes: [],
});

describe('designer undo/redo of every action kind', () => {
  it('undo restores the questionnaire exactly and redo repeats it, for add, update, bulk, move, duplicate, insert', async () => {
    const { studyId, o } = await open();
    const stageId = o.questionnaire.stages[0]!.id;
    const tp2 = o.questionnaire.touchpoints.find((t) => t.code === 'TP2')!;
    const actions: [string, Record<string, unknown>, string][] = [
      ['questionnaire/addStage', { texts: { en: 'After' }, code: 'AFTER' }, 'add'],
      ['questionnaire/addTouchpoint', { stageId, texts: { en: 'App' }, code: 'APP' }, 'add'],
      [
        'questionnaire/addQuestion',
        {
          question: {
            code: 'EXTRA',
            type: 'rating',
            role: 'other',
            scale: range(1, 7),
            texts: { en: 'Extra' },
          },
        },
        'add',
      ],
      [
        'questionnaire/update',
        { kind: 'question', id: q(o, 'LOY').id, patch: { role: 'other', code: 'STAY' } },
        'update',
      ],
      [
        'questionnaire/bulkUpdate',
        { questionIds: [q(o, 'TP1_PERF').id, q(o, 'TP2_PERF').id], patch: { scale: range(0, 10) } },
        'update',
      ],
      [
        'questionnaire/move',
        { kind: 'question', id: q(o, 'SAT').id, toParentId: tp2.id, position: 0 },
        'move',
      ],
      ['questionnaire/duplicate', { kind: 'stage', id: stageId }, 'duplicate'],
      [
        'questionnaire/insert',
        {
          draft: {
            general: [
              {
                code: 'NPS',
                type: 'nps',
                role: 'outcome-recommend',
                scale: range(0, 10),
                texts: { en: 'Again' },
              },
            ],
          },
          intoTouchpointId: tp2.id,
        },
        'insert',
      ],
    ];
    for (const [op, input, label] of actions) {
      const before = ok(await dispatch('study/get', { studyId }));
      const after = ok(await dispatch(op as 'questionnaire/addStage', { studyId, ...input } as never));
      expect(after.questionnaire, op).not.toEqual(before.questionnaire);
      expect(after.history, op).toMatchObject({ canUndo: true, undo: label, canRedo: false });
      const undone = ok(await dispatch('questionnaire/undo', { studyId }));
      expect(undone.questionnaire, op).toEqual(before.questionnaire);
      expect(undone.history.redo, op).toBe(label);
      const redone = ok(await dispatch('questionnaire/redo', { studyId }));
      expect(redone.questionnaire, op).toEqual(after.questionnaire);
    }
    const end = ok(await dispatch('study/get', { studyId }));
    // the draft's NPS was renamed and put into TP2; the bulk scale reached both questions
    expect(q(end, 'NPS_2').touchpointId).toBe(tp2.id);
    expect(q(end, 'TP1_PERF').scale).toMatchObject({ min: 0, max: 10 });
    expect(q(end, 'TP2_PERF').scale).toMatchObject({ min: 0, max: 10 });
    // undo everything back to the file as opened
    for (let i = 0; i < actions.length; i++) ok(await dispatch('questionnaire/undo', { studyId }));
    expect(ok(await dispatch('study/get', { studyId })).questionnaire).toEqual(o.questionnaire);
  });

  it('a new action after an undo clears the redo stack', async () => {
    const { studyId, o } = await open();
    ok(await dispatch('questionnaire/addStage', { studyId, texts: { en: 'One' } }));
    const undone = ok(await dispatch('questionnaire/undo', { studyId }));
    expect(undone.history.canRedo).toBe(true);
    const r = ok(
      await dispatch('questionnaire/update', {
        studyId,
        kind: 'question',
        id: q(o, 'SAT').id,
        patch: { role: 'other' },
      }),
    );
    expect(r.history).toEqual({ canUndo: true, canRedo: false, undo: 'update', redo: null });
    const redo = await dispatch('questionnaire/redo', { studyId });
    expect(redo.ok).toBe(false);
  });
});

describe('designer history and changes made outside the designer', () => {
  it('after an import adds questions with answers, undo of an earlier action is refused and loses nothing', async () => {
    const { studyId, o } = await open();
    ok(await dispatch('questionnaire/addStage', { studyId, texts: { en: 'After' }, code: 'AFTER' }));
    // what a data import with created questions does: a question and its answers, outside the designer
    const db = sessions.get(studyId).db;
    const id = Number(
      db
        .prepare(
          `INSERT INTO question (code, touchpoint_id, position, type, role, scale, texts, weighs_question_id)
           VALUES ('IMPORTED', NULL, 99, 'rating', 'other', ?, '{"en":"Imported"}', NULL)`,
        )
        .run(JSON.stringify(range(1, 5))).lastInsertRowid,
    );
    const respondent = (db.prepare('SELECT id FROM respondent LIMIT 1').get() as { id: number }).id;
    replaceAnswers(
      db,
      [id],
      [{ respondent_id: respondent, question_id: id, value: 4, text: null, missing: 0 }],
    );
    const now = ok(await dispatch('study/get', { studyId }));
    expect(now.history).toMatchObject({ canUndo: false, undo: null });
    const r = await dispatch('questionnaire/undo', { studyId });
    expect(r.ok ? null : r.error.code).toBe('NOTHING_TO_UNDO');
    expect(q(ok(await dispatch('study/get', { studyId })), 'IMPORTED').id).toBe(id);
    expect(countAnswers(db, id)).toBe(1);
    // a designer action after the import can be undone, back to the imported state
    ok(await dispatch('questionnaire/update', { studyId, kind: 'question', id, patch: { role: 'segment' } }));
    const back = ok(await dispatch('questionnaire/undo', { studyId }));
    expect(back.questionnaire).toEqual(now.questionnaire);
    expect(back.history.canUndo).toBe(false);
    expect(back.history.canRedo).toBe(true);
    expect(o.history.canUndo).toBe(false);
  });
});

describe('designer validation leaves a refused file byte-identical', () => {
  it('refuses turning answered ratings into free text, and a choice scale the answers are not options of', async () => {
    const { studyId, path, o } = await open();
    const h = hash(path);
    const toText = await dispatch('questionnaire/update', {
      studyId,
      kind: 'question',
      id: q(o, 'SAT').id,
      patch: { type: 'text', scale: { kind: 'none' } },
    });
    expect(toText.ok ? null : toText.error.code).toBe('SCALE_DOES_NOT_FIT');
    const fewer = await dispatch('questionnaire/update', {
      studyId,
      kind: 'question',
      id: q(o, 'REGION').id,
      patch: { scale: { kind: 'choice', options: [{ code: '1', texts: { en: 'North' } }] } },
    });
    expect(fewer.ok).toBe(false);
    if (!fewer.ok) {
      expect(fewer.error.code).toBe('SCALE_DOES_NOT_FIT');
      expect(fewer.error.details).toMatchObject({ code: 'REGION' });
      expect(String(fewer.error.details?.values)).toMatch(/[23]/);
    }
    expect(hash(path)).toBe(h);
  });

  it('refuses an importance question weighing a question that is not a performance question, or of another touchpoint', async () => {
    const { studyId, path, o } = await open();
    const h = hash(path);
    const imp = q(o, 'TP1_IMP').id;
    for (const target of ['SAT', 'TP2_PERF']) {
      const r = await dispatch('questionnaire/update', {
        studyId,
        kind: 'question',
        id: imp,
        patch: { weighsQuestionCode: target },
      });
      expect(r.ok ? null : r.error.code, target).toBe('INVALID_REFERENCE');
    }
    const stageCode = await dispatch('questionnaire/update', {
      studyId,
      kind: 'touchpoint',
      id: o.questionnaire.touchpoints.find((t) => t.code === 'TP1')!.id,
      patch: { code: 'TP2' },
    });
    expect(stageCode.ok ? null : stageCode.error.code).toBe('CODE_TAKEN');
    const bulk = await dispatch('questionnaire/bulkUpdate', {
      studyId,
      questionIds: [q(o, 'TP1_PERF').id, q(o, 'TP1_IMP').id],
      patch: { role: 'other' },
    });
    expect(bulk.ok ? null : bulk.error.code).toBe('INVALID_REFERENCE');
    const sameCodeOtherCase = await dispatch('questionnaire/addQuestion', {
      studyId,
      question: { code: 'sat', type: 'rating', role: 'other', scale: range(1, 5), texts: { en: 'Again' } },
    });
    expect(sameCodeOtherCase.ok ? null : sameCodeOtherCase.error.code).toBe('QUESTION_CODE_TAKEN');
    expect(hash(path)).toBe(h);
    expect(ok(await dispatch('study/get', { studyId })).history.canUndo).toBe(false);
  });
});
