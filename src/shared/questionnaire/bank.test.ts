import { describe, expect, it } from 'vitest';
import { questionCodeSchema } from '../domain/questionnaire';
import { draftSchema } from './draft';
import { BANK_ITEMS, bankDraft, bankQuestions } from './bank';

describe('question bank', () => {
  it('gives every item valid, unique codes and texts in all three languages', () => {
    const draft = draftSchema.parse(bankDraft(BANK_ITEMS, { touchpointCode: 'TP01' }));
    const codes = draft.general.map((q) => q.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const q of draft.general) {
      expect(questionCodeSchema.safeParse(q.code).success).toBe(true);
      for (const l of ['en', 'nb', 'da'] as const) expect(q.texts[l]?.length).toBeGreaterThan(5);
    }
  });

  it('uses the standard NPS wording with the client name', () => {
    const [nps] = bankQuestions('nps', { company: 'Acme' });
    expect(nps!.texts).toEqual({
      en: 'How likely is it that you would recommend Acme to a friend or colleague?',
      nb: 'Hvor sannsynlig er det at du vil anbefale Acme til en venn eller kollega?',
      da: 'Hvor sandsynligt er det, at du vil anbefale Acme til en ven eller kollega?',
    });
    expect(nps!.scale).toMatchObject({ kind: 'range', min: 0, max: 10 });
  });

  it('lets importance weigh the performance question of the same touchpoint', () => {
    const [perf, imp] = bankQuestions('performanceImportance', { touchpointCode: 'TP03' });
    expect(perf!.code).toBe('TP03_PERF');
    expect(imp!.role).toBe('importance');
    expect(imp!.weighsQuestionCode).toBe('TP03_PERF');
  });

  it('names the touchpoint inside the sentence in lower case, but keeps acronyms', () => {
    const [perf] = bankQuestions('performanceImportance', {
      touchpointTexts: { en: 'The website', nb: 'NAV-kontoret' },
    });
    expect(perf!.texts).toMatchObject({
      en: 'How satisfied are you with the website?',
      nb: 'Hvor fornøyd er du med NAV-kontoret?',
    });
  });

  it('renames codes already in the study and keeps the importance link', () => {
    const d = draftSchema.parse(
      bankDraft(['satisfaction', 'performanceImportance'], { touchpointCode: 'TP01' }, ['sat', 'TP01_PERF']),
    );
    expect(d.general.map((q) => q.code)).toEqual(['SAT_2', 'TP01_PERF_2', 'TP01_IMP']);
    expect(d.general[2]!.weighsQuestionCode).toBe('TP01_PERF_2');
  });

  it('makes background variables single choice with coded options', () => {
    for (const item of ['gender', 'ageGroup', 'customerType', 'region'] as const) {
      const [q] = bankQuestions(item);
      expect(q!.type).toBe('single');
      expect(q!.role).toBe('segment');
      expect(q!.scale.kind === 'choice' && q!.scale.options.length).toBeGreaterThan(1);
    }
  });
});
