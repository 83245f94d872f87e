import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Result } from '../../../shared/api/errors';
import type { StudyOverview } from '../../../shared/domain/index';
import { makeTestStudy } from '../analysis/test-study';
import { countAnswers, readAnswerRows } from '../store/answers-edit';
import { testDispatch } from '../test-dispatch';

const { dir, sessions, dispatch } = testDispatch('tp-designer-');
afterAll(() => sessions.closeAll());

function ok(r: Result<unknown>): StudyOverview {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value as StudyOverview;
}

async function open(): Promise<{ studyId: string; path: string; o: StudyOverview }> {
  const { path, db } = makeTestStudy(mkdtempSync(join(dir, 's-')), 40);
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
const answers = (studyId: string, id: number) => countAnswers(sessions.get(studyId).db, id);

describe('questionnaire designer operations', () => {
  it('edits codes, texts and roles, and undo/redo restore each step exactly', async () => {
    const { studyId, o } = await open();
    const tp1 = o.questionnaire.touchpoints.find((t) => t.code === 'TP1')!;
    let r = ok(
      await dispatch('questionnaire/update', {
        studyId,
        kind: 'touchpoint',
        id: tp1.id,
        patch: { code: 'WEB', texts: { nb: 'Nettside' } },
      }),
    );
    const web = r.questionnaire.touchpoints.find((t) => t.id === tp1.id)!;
    expect(web.code).toBe('WEB');
    expect(web.texts).toEqual({ en: 'Web', nb: 'Nettside' });
    expect(r.history).toMatchObject({ canUndo: true, undo: 'update', canRedo: false });
    r = ok(await dispatch('questionnaire/undo', { studyId }));
    expect(r.questionnaire).toEqual(o.questionnaire);
    expect(r.history).toMatchObject({ canRedo: true, redo: 'update' });
    r = ok(await dispatch('questionnaire/redo', { studyId }));
    expect(r.questionnaire.touchpoints.find((t) => t.id === tp1.id)!.code).toBe('WEB');
  });

  it('a removed question with answers comes back with its answers on undo', async () => {
    const { studyId } = await open();
    const before = ok(await dispatch('study/get', { studyId }));
    const sat = q(before, 'SAT');
    const n = answers(studyId, sat.id);
    expect(n).toBeGreaterThan(0);
    ok(await dispatch('questionnaire/remove', { studyId, kind: 'question', id: sat.id }));
    expect(answers(studyId, sat.id)).toBe(0);
    const back = ok(await dispatch('questionnaire/undo', { studyId }));
    expect(back.questionnaire).toEqual(before.questionnaire);
    expect(answers(studyId, sat.id)).toBe(n);
    // a removed stage takes its touchpoints; undo brings them and their questions' places back
    const stage = before.questionnaire.stages[0]!;
    ok(await dispatch('questionnaire/remove', { studyId, kind: 'stage', id: stage.id }));
    expect(ok(await dispatch('questionnaire/undo', { studyId })).questionnaire).toEqual(before.questionnaire);
  });

  it('moves touchpoints and questions by position and parent, densely renumbered', async () => {
    const { studyId, o } = await open();
    const stage2 = ok(
      await dispatch('questionnaire/addStage', { studyId, texts: { en: 'After' }, code: 'AFTER' }),
    );
    const after = stage2.questionnaire.stages.find((s) => s.code === 'AFTER')!;
    const tp3 = o.questionnaire.touchpoints.find((t) => t.code === 'TP3')!;
    let r = ok(
      await dispatch('questionnaire/move', {
        studyId,
        kind: 'touchpoint',
        id: tp3.id,
        toParentId: after.id,
        position: 0,
      }),
    );
    expect(r.questionnaire.touchpoints.find((t) => t.id === tp3.id)!.stageId).toBe(after.id);
    const tp1 = o.questionnaire.touchpoints.find((t) => t.code === 'TP1')!;
    r = ok(await dispatch('questionnaire/move', { studyId, kind: 'touchpoint', id: tp1.id, position: 5 }));
    const order = r.questionnaire.touchpoints
      .filter((t) => t.stageId === tp1.stageId)
      .sort((a, b) => a.position - b.position)
      .map((t) => t.code);
    expect(order).toEqual(['TP2', 'TP4', 'TP1']);
    // a question outside the journey moved into a touchpoint, then back
    const sat = q(r, 'SAT');
    r = ok(
      await dispatch('questionnaire/move', {
        studyId,
        kind: 'question',
        id: sat.id,
        toParentId: tp1.id,
        position: 0,
      }),
    );
    expect(q(r, 'SAT').touchpointId).toBe(tp1.id);
    expect(q(r, 'SAT').position).toBe(1);
    r = ok(
      await dispatch('questionnaire/move', {
        studyId,
        kind: 'question',
        id: sat.id,
        toParentId: null,
        position: 0,
      }),
    );
    expect(q(r, 'SAT').touchpointId).toBeNull();
  });

  it('a performance question moved to another touchpoint takes its importance question along', async () => {
    const { studyId, o } = await open();
    const tp2 = o.questionnaire.touchpoints.find((t) => t.code === 'TP2')!;
    const r = ok(
      await dispatch('questionnaire/move', {
        studyId,
        kind: 'question',
        id: q(o, 'TP1_PERF').id,
        toParentId: tp2.id,
        position: 1,
      }),
    );
    const inTp2 = r.questionnaire.questions
      .filter((x) => x.touchpointId === tp2.id)
      .sort((a, b) => a.position - b.position)
      .map((x) => x.code);
    expect(inTp2).toEqual(['TP2_PERF', 'TP1_PERF', 'TP1_IMP', 'TP2_IMP']);
  });

  it('a move that splits an importance question from its performance question is refused, file unchanged', async () => {
    const { studyId, path, o } = await open();
    const h = hash(path);
    const perf = q(o, 'TP1_IMP');
    const tp2 = o.questionnaire.touchpoints.find((t) => t.code === 'TP2')!;
    const r = await dispatch('questionnaire/move', {
      studyId,
      kind: 'question',
      id: perf.id,
      toParentId: tp2.id,
      position: 0,
    });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('INVALID_REFERENCE');
      expect(r.error.message).toContain('TP1_IMP');
    }
    expect(hash(path)).toBe(h);
  });

  it('refuses a duplicate code and a scale the answers do not fit, naming them; the file stays as it was', async () => {
    const { studyId, path, o } = await open();
    const h = hash(path);
    const dup = await dispatch('questionnaire/update', {
      studyId,
      kind: 'question',
      id: q(o, 'SAT').id,
      patch: { code: 'nps' },
    });
    expect(dup.ok ? null : dup.error.code).toBe('CODE_TAKEN');
    const narrow = await dispatch('questionnaire/update', {
      studyId,
      kind: 'question',
      id: q(o, 'SAT').id,
      patch: { scale: { kind: 'range', min: 1, max: 5, labels: [], missingCodes: [] } },
    });
    expect(narrow.ok).toBe(false);
    if (!narrow.ok) {
      expect(narrow.error.code).toBe('SCALE_DOES_NOT_FIT');
      expect(narrow.error.message).toMatch(/^SAT: \d+ answers already imported do not fit 1–5 \(values /);
    }
    const bulk = await dispatch('questionnaire/bulkUpdate', {
      studyId,
      questionIds: [q(o, 'TP1_PERF').id, q(o, 'SAT').id],
      patch: { scale: { kind: 'range', min: 1, max: 5, labels: [], missingCodes: [] } },
    });
    expect(bulk.ok).toBe(false);
    expect(hash(path)).toBe(h);
  });

  it("a declared don't-know code turns those answers into missing, and undo turns them back", async () => {
    const { studyId, o } = await open();
    const sat = q(o, 'SAT');
    const db = sessions.get(studyId).db;
    const tens = () => readAnswerRows(db, sat.id).filter((a) => a.value === 10 && a.missing === 0).length;
    const n10 = tens();
    expect(n10).toBeGreaterThan(0);
    ok(
      await dispatch('questionnaire/update', {
        studyId,
        kind: 'question',
        id: sat.id,
        patch: {
          scale: {
            kind: 'range',
            min: 1,
            max: 9,
            labels: [],
            missingCodes: [{ value: 10, kind: 'dontKnow' }],
          },
        },
      }),
    );
    expect(tens()).toBe(0);
    ok(await dispatch('questionnaire/undo', { studyId }));
    expect(tens()).toBe(n10);
  });

  it('asks whether changed wording is the same question; comparable keeps the old texts per wave, new adds a question', async () => {
    const { studyId, o } = await open();
    const sat = q(o, 'SAT');
    const asked = await dispatch('questionnaire/update', {
      studyId,
      kind: 'question',
      id: sat.id,
      patch: { texts: { en: 'All in all, how satisfied are you?' } },
    });
    expect(asked.ok ? null : asked.error.code).toBe('QUESTION_WORDING_CHANGED');
    ok(
      await dispatch('questionnaire/update', {
        studyId,
        kind: 'question',
        id: sat.id,
        patch: { texts: { en: 'All in all, how satisfied are you?' } },
        wording: 'comparable',
      }),
    );
    const kept = sessions
      .get(studyId)
      .db.prepare('SELECT texts FROM question_wave_text WHERE question_id = ?')
      .all(sat.id) as { texts: string }[];
    expect(kept.length).toBe(2);
    expect(JSON.parse(kept[0]!.texts)).toEqual({ en: 'Overall satisfaction' });
    // Both waves were asked the old wording: year over year is not marked. As if 2026 had been imported
    // after the change (its wave keeps no older text), it is.
    const compare = async () => {
      const c = await dispatch('analysis/compare', { studyId, waveA: 2025, waveB: 2026, questions: ['SAT'] });
      if (!c.ok) throw new Error(c.error.message);
      return (c.value as { result: { comparisons: { wordingChanged?: boolean }[] } }).result.comparisons[0]!;
    };
    expect((await compare()).wordingChanged).toBeUndefined();
    const db = sessions.get(studyId).db;
    db.prepare(
      'DELETE FROM question_wave_text WHERE question_id = ? AND wave_id = (SELECT id FROM wave WHERE year = 2026)',
    ).run(sat.id);
    db.prepare("UPDATE study SET updated_at = 'wording'").run();
    expect((await compare()).wordingChanged).toBe(true);
    const r = ok(
      await dispatch('questionnaire/update', {
        studyId,
        kind: 'question',
        id: sat.id,
        patch: { texts: { en: 'Satisfaction with us this year' }, code: 'SAT2' },
        wording: 'new',
      }),
    );
    expect(q(r, 'SAT').texts.en).toBe('All in all, how satisfied are you?');
    // without a code of its own, the new question takes the old code with a free suffix
    const auto = ok(
      await dispatch('questionnaire/update', {
        studyId,
        kind: 'question',
        id: sat.id,
        patch: { texts: { en: 'A third wording' } },
        wording: 'new',
      }),
    );
    expect(q(auto, 'SAT_2').texts.en).toBe('A third wording');
    expect(q(r, 'SAT2').texts.en).toBe('Satisfaction with us this year');
    expect(answers(studyId, q(r, 'SAT2').id)).toBe(0);
  });

  it('duplicates a touchpoint with its pair, and inserts a draft with renamed codes and pairs kept', async () => {
    const { studyId, o } = await open();
    const tp1 = o.questionnaire.touchpoints.find((t) => t.code === 'TP1')!;
    let r = ok(await dispatch('questionnaire/duplicate', { studyId, kind: 'touchpoint', id: tp1.id }));
    const copy = r.questionnaire.touchpoints.find((t) => t.code === 'TP1_2')!;
    const imp = q(r, 'TP1_IMP_2');
    expect(imp.touchpointId).toBe(copy.id);
    expect(imp.weighsQuestionId).toBe(q(r, 'TP1_PERF_2').id);
    r = ok(
      await dispatch('questionnaire/insert', {
        studyId,
        draft: {
          stages: [
            {
              code: 'SERVICE',
              texts: { en: 'Service again' },
              touchpoints: [
                {
                  code: 'TP1',
                  texts: { en: 'Chat' },
                  questions: [
                    {
                      code: 'TP1_PERF',
                      type: 'rating',
                      role: 'performance',
                      scale: { kind: 'range', min: 1, max: 5 },
                      texts: { en: 'Chat' },
                    },
                    {
                      code: 'TP1_IMP',
                      type: 'rating',
                      role: 'importance',
                      scale: { kind: 'range', min: 1, max: 5 },
                      texts: { en: 'Chat importance' },
                      weighsQuestionCode: 'TP1_PERF',
                    },
                  ],
                },
              ],
            },
          ],
        },
      }),
    );
    expect(r.questionnaire.stages.map((s) => s.code)).toEqual(['SERVICE', 'SERVICE_2']);
    const chatImp = q(r, 'TP1_IMP_3');
    expect(chatImp.weighsQuestionId).toBe(q(r, 'TP1_PERF_3').id);
    expect(r.history.undo).toBe('insert');
    r = ok(await dispatch('questionnaire/undo', { studyId }));
    r = ok(await dispatch('questionnaire/undo', { studyId }));
    expect(r.questionnaire).toEqual(o.questionnaire);
    const none = await dispatch('questionnaire/undo', { studyId });
    expect(none.ok ? null : none.error.code).toBe('NOTHING_TO_UNDO');
  });
});
