import { describe, expect, it } from 'vitest';
import type { Questionnaire } from '../domain/questionnaire';
import { flatQuestions, keyboardMove, ordered } from './tree';

const q = (id: number, touchpointId: number | null, position: number) => ({
  id,
  code: `Q${id}`,
  touchpointId,
  position,
  type: 'rating' as const,
  role: 'performance' as const,
  scale: { kind: 'none' as const },
  texts: { en: `q${id}` },
  weighsQuestionId: null,
});
const study: Questionnaire = {
  stages: [
    { id: 1, code: 'S1', position: 1, texts: { en: 'B' } },
    { id: 2, code: 'S2', position: 0, texts: { en: 'A' } },
  ],
  touchpoints: [
    { id: 10, stageId: 2, code: 'T10', position: 0, texts: { en: 't10' } },
    { id: 11, stageId: 1, code: 'T11', position: 0, texts: { en: 't11' } },
  ],
  questions: [q(100, 10, 1), q(101, 10, 0), q(102, 11, 0), q(103, null, 0)],
};

describe('designer tree', () => {
  it('orders stages, touchpoints and questions by position', () => {
    expect(flatQuestions(ordered(study)).map((x) => x.id)).toEqual([101, 100, 102, 103]);
  });

  it('moves a question among its siblings and stops at the edges', () => {
    const o = ordered(study);
    expect(keyboardMove(o, 'question', 100, -1, false)).toEqual({ kind: 'question', id: 100, position: 0 });
    expect(keyboardMove(o, 'question', 101, -1, false)).toBeNull();
    expect(keyboardMove(o, 'question', 100, 1, false)).toBeNull();
  });

  it('moves a question to the next touchpoint (first) or the previous one (last), and to the overall questions', () => {
    const o = ordered(study);
    expect(keyboardMove(o, 'question', 100, 1, true)).toEqual({
      kind: 'question',
      id: 100,
      toParentId: 11,
      position: 0,
    });
    expect(keyboardMove(o, 'question', 102, -1, true)).toEqual({
      kind: 'question',
      id: 102,
      toParentId: 10,
      position: 2,
    });
    expect(keyboardMove(o, 'question', 102, 1, true)).toEqual({
      kind: 'question',
      id: 102,
      toParentId: null,
      position: 0,
    });
    expect(keyboardMove(o, 'question', 103, 1, true)).toBeNull();
  });

  it('moves touchpoints across stages and stages among themselves', () => {
    const o = ordered(study);
    expect(keyboardMove(o, 'touchpoint', 10, 1, true)).toEqual({
      kind: 'touchpoint',
      id: 10,
      toParentId: 1,
      position: 0,
    });
    expect(keyboardMove(o, 'touchpoint', 10, 1, false)).toBeNull();
    expect(keyboardMove(o, 'stage', 1, -1, false)).toEqual({ kind: 'stage', id: 1, position: 0 });
  });
});
