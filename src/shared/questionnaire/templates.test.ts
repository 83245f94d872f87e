import { describe, expect, it } from 'vitest';
import { questionCodeSchema } from '../domain/questionnaire';
import { draftSchema } from './draft';
import { TEMPLATES, templateDraft } from './templates';

describe('journey templates', () => {
  it.each(TEMPLATES)('%s has 5–6 stages, named in three languages, with unique valid codes', (id) => {
    const d = draftSchema.parse(templateDraft(id));
    expect(d.stages.length).toBeGreaterThanOrEqual(5);
    expect(d.stages.length).toBeLessThanOrEqual(6);
    const codes: string[] = [];
    const tpCodes: string[] = [];
    for (const s of d.stages) {
      expect(Object.keys(s.texts).sort()).toEqual(['da', 'en', 'nb']);
      expect(s.touchpoints.length).toBeGreaterThan(0);
      for (const tp of s.touchpoints) {
        tpCodes.push(tp.code);
        expect(Object.keys(tp.texts).sort()).toEqual(['da', 'en', 'nb']);
        const perf = tp.questions.find((q) => q.role === 'performance')!;
        const imp = tp.questions.find((q) => q.role === 'importance')!;
        expect(imp.weighsQuestionCode).toBe(perf.code);
        for (const q of tp.questions) {
          codes.push(q.code);
          expect(questionCodeSchema.safeParse(q.code).success).toBe(true);
          expect(q.texts.nb).toContain(tp.texts.nb!.toLowerCase());
        }
      }
    }
    expect(new Set(codes).size).toBe(codes.length);
    expect(new Set(tpCodes).size).toBe(tpCodes.length);
  });

  it('numbers after what the study already holds and can leave out questions', () => {
    const d = draftSchema.parse(
      templateDraft('b2b', { touchpointOffset: 8, stageOffset: 4, withQuestions: false }),
    );
    expect(d.stages[0]!.code).toBe('S05');
    expect(d.stages[0]!.touchpoints[0]!.code).toBe('TP09');
    expect(d.stages.flatMap((s) => s.touchpoints.flatMap((t) => t.questions))).toEqual([]);
  });
});
