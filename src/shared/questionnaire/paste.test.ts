import { describe, expect, it } from 'vitest';
import { questionCodeSchema } from '../domain/questionnaire';
import { draftSchema } from './draft';
import { parseTsv, pasteDraft } from './paste';

describe('parseTsv', () => {
  it('reads quoted cells with tabs, newlines and doubled quotes, CRLF and blank lines', () => {
    const text = 'a\t"b\r\nc"\r\n\r\n"say ""hi"""\t"x\ty"\r\n';
    expect(parseTsv(text)).toEqual([
      ['a', 'b\nc'],
      ['say "hi"', 'x\ty'],
    ]);
  });

  it('keeps a quote inside an unquoted cell as text', () => {
    expect(parseTsv('5" screen\tok')).toEqual([['5" screen', 'ok']]);
  });
});

describe('pasteDraft', () => {
  it('turns one column into questions for the selected touchpoint, skipping a header', () => {
    const r = pasteDraft('Spørsmål\nHvor fornøyd er du med kassa?\n\nHvor fornøyd er du med køen?\n', {
      lang: 'nb',
      touchpointCode: 'TP02',
      takenCodes: ['TP02_Q1'],
    });
    expect(r.shape).toBe('questions');
    expect(r.skippedHeader).toBe(true);
    const d = draftSchema.parse(r.draft);
    expect(d.general.map((q) => q.code)).toEqual(['TP02_Q1_2', 'TP02_Q2']);
    expect(d.general[0]!.texts).toEqual({ nb: 'Hvor fornøyd er du med kassa?' });
  });

  it('builds stages and touchpoints from three columns, continuing blank (merged) cells', () => {
    const text = [
      'Stage\tTouchpoint\tQuestion',
      'Purchase\tStore\tHow satisfied are you with the store?',
      '\t\tHow satisfied are you with the queue?',
      '\tOnline shop\t"How satisfied are you with\nthe online shop?"',
      'Service\tPhone\tHow satisfied are you with the phone service?',
    ].join('\r\n');
    const r = pasteDraft(text, { lang: 'en', touchpointCount: 2, stageCount: 1 });
    expect(r.shape).toBe('journey');
    expect(r.questionCount).toBe(4);
    const d = draftSchema.parse(r.draft);
    expect(d.stages.map((s) => [s.code, s.texts.en, s.touchpoints.map((t) => t.code)])).toEqual([
      ['S02', 'Purchase', ['TP03', 'TP04']],
      ['S03', 'Service', ['TP05']],
    ]);
    expect(d.stages[0]!.touchpoints[0]!.questions.map((q) => q.code)).toEqual(['TP03_Q1', 'TP03_Q2']);
    expect(d.stages[0]!.touchpoints[1]!.questions[0]!.texts.en).toBe(
      'How satisfied are you with\nthe online shop?',
    );
    const codes = d.stages.flatMap((s) => s.touchpoints.flatMap((t) => t.questions.map((q) => q.code)));
    expect(codes.every((c) => questionCodeSchema.safeParse(c).success)).toBe(true);
  });

  it('reads two columns as touchpoint and question in one stage', () => {
    const r = pasteDraft('Web\tEasy to find?\nWeb\tFast?\nApp\tEasy to log in?', { lang: 'en' });
    const d = draftSchema.parse(r.draft);
    expect(d.stages).toHaveLength(1);
    expect(d.stages[0]!.touchpoints.map((t) => [t.texts.en, t.questions.length])).toEqual([
      ['Web', 2],
      ['App', 1],
    ]);
  });

  it('gives an empty draft for an empty paste', () => {
    expect(pasteDraft(' \n\n', { lang: 'en' }).questionCount).toBe(0);
  });
});
