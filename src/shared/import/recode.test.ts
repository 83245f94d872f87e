import { describe, expect, it } from 'vitest';
import type { Question } from '../domain/questionnaire';
import { missingKindOfText } from './missing';
import { recodeCell } from './recode';

const q = (over: Partial<Question>): Question => ({
  id: 1,
  code: 'Q',
  touchpointId: null,
  position: 1,
  type: 'rating',
  role: 'performance',
  scale: { kind: 'range', min: 1, max: 5, labels: [], missingCodes: [{ value: 9, kind: 'dontKnow' }] },
  texts: { en: 'Q' },
  weighsQuestionId: null,
  ...over,
});
const rating = q({});
const nps = q({ type: 'nps', scale: { kind: 'range', min: 0, max: 10, labels: [], missingCodes: [] } });
const opts = { decimal: ',' as const };

describe('missingKindOfText', () => {
  it.each([
    ['vet ikke', 2],
    ['Ved ikke', 2],
    ["Don't know", 2],
    ['Don’t know', 2],
    ['99 - Vet ikke', 2],
    ['N/A', 3],
    ['ikke relevant', 3],
    ['Ikke relevant', 3],
    ['Not applicable', 3],
    ['', 1],
    ['  ', 1],
    ['Vet ikke / ikke relevant', 2],
    ['Svært fornøyd', null],
    ['5', null],
  ] as const)('%s → %s', (t, k) => expect(missingKindOfText(t)).toBe(k));
});

describe('recodeCell', () => {
  it.each([
    ['Svært fornøyd', rating, 5],
    ['Meget tilfreds', rating, 5],
    ['Misfornøyd', rating, 2],
    ['Helt uenig', rating, 1],
    ['10 - Extremely likely', nps, 10],
    ['0 - Not at all likely', nps, 0],
    ['Extremely likely', nps, 10],
    ['4', rating, 4],
  ] as const)('%s → %d', (t, question, v) => {
    const r = recodeCell(t, question, opts);
    expect(r.ok && r.answer).toEqual({ value: v, text: null, missing: 0 });
  });

  it("turns missing codes and don't-know words into missing of their kind, never 0", () => {
    for (const [t, kind] of [
      ['9', 2],
      ['vet ikke', 2],
      ['N/A', 3],
      ['', 1],
    ] as const) {
      const r = recodeCell(t, rating, opts);
      expect(r.ok && r.answer).toEqual({ value: null, text: null, missing: kind });
    }
  });

  it('reports out-of-range values, unknown labels and text in numbers', () => {
    expect(recodeCell('6', rating, opts)).toMatchObject({ ok: false, problem: { code: 'OUT_OF_RANGE' } });
    expect(recodeCell('11', nps, opts)).toMatchObject({ ok: false, problem: { code: 'OUT_OF_RANGE' } });
    expect(recodeCell('Kanskje', rating, opts)).toMatchObject({
      ok: false,
      problem: { code: 'UNKNOWN_LABEL' },
    });
    expect(recodeCell('abc', q({ type: 'number', scale: { kind: 'none' } }), opts)).toMatchObject({
      ok: false,
      problem: { code: 'NOT_A_NUMBER' },
    });
  });

  it('applies a per-question recode table first', () => {
    const recodes = new Map([['kanskje', { value: 3 }]]);
    expect(recodeCell('Kanskje', rating, { ...opts, recodes })).toEqual({
      ok: true,
      answer: { value: 3, text: null, missing: 0 },
    });
  });

  it("splits multiple choice by the tool's separator", () => {
    const multi = q({
      type: 'multi',
      scale: {
        kind: 'choice',
        options: [
          { code: 'a', texts: { en: 'Apple' } },
          { code: 'b', texts: { en: 'Banana' } },
        ],
      },
    });
    expect(recodeCell('Apple;Banana', multi, opts)).toEqual({
      ok: true,
      answer: { value: 2, text: 'a;b', missing: 0 },
    });
    expect(recodeCell('Apple, Banana', multi, { ...opts, multiSeparator: ', ' })).toEqual({
      ok: true,
      answer: { value: 2, text: 'a;b', missing: 0 },
    });
  });
});
