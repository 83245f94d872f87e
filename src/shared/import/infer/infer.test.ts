import { describe, expect, it } from 'vitest';
import { inferQuestion, linkImportance } from './question';
import { reasonText, reasonsText } from './reasons';
import { inferRole } from './role';
import { declaredRange, numericScale } from './scale';
import { codeStem, questionGroups } from './touchpoint';
import type { SourceColumn } from '../table';

const opts = { decimal: '.' as const, language: 'nb' as const };

describe('scale inference', () => {
  it('takes the scale the header declares, never the lowest and highest answer', () => {
    const q = inferQuestion('Hvor fornøyd er du med ventetiden? (1–10)', ['2', '5', '10', '7'], opts);
    expect(q.scale).toMatchObject({ kind: 'range', min: 1, max: 10 });
    expect(q.scaleReason).toEqual({ code: 'headerDeclares', params: { scale: '(1–10)' } });
    expect(reasonText(q.scaleReason)).toBe('the header declares the scale "(1–10)"');
    // Without a declaration: the usual scale the answers fit, still starting at 1.
    const u = numericScale('Service', [2, 3, 4, 5], { nps: false })!;
    expect(u.scale).toMatchObject({ min: 1, max: 5 });
  });

  it('takes neither a ticked box (1) nor yes/no (0/1) for a rating', () => {
    expect(numericScale('Q3_1', [1], { nps: false })).toBeNull();
    expect(numericScale('has_diabetes', [0, 1], { nps: false })).toBeNull();
    expect(numericScale('Agree (1-5)', [1], { nps: false })!.scale).toMatchObject({ min: 1, max: 5 });
  });

  it('takes a ranking (positions 1, 2, 3 …) for no rating, in English, Norwegian and Danish', () => {
    for (const h of [
      'Please rank the films in order of preference — Episode I',
      'Ranger kanalene etter hvor ofte du bruker dem — Telefon',
      'Rangordne følgende — Pris',
    ]) {
      const q = inferQuestion(h, ['1', '2', '3', '4', '5', '6'], opts);
      expect([q.type, q.role, q.scale.kind, q.scaleReason.code], h).toEqual([
        'number',
        'other',
        'none',
        'rankingNoScale',
      ]);
    }
    expect(inferQuestion('Rate the films — Episode I', ['1', '2', '3', '4', '5'], opts).type).toBe('rating');
    expect(inferQuestion('Rank our service 1-5', ['1', '2', '3', '4', '5'], opts).type).toBe('rating');
  });

  it('reads "1 = … 5 = …" and "1-10" in the header', () => {
    expect(declaredRange('Service (1 = Svært dårlig, 5 = Svært bra)')).toMatchObject({ min: 1, max: 5 });
    expect(declaredRange('Rate us 1-10')).toMatchObject({ min: 1, max: 10 });
    expect(declaredRange('Born 1990-2000')).toBeNull();
  });

  it('makes 99, 9 on a 1–5 item and a labelled 0 missing codes, never values', () => {
    expect(numericScale('Q (1–10)', [3, 99, 10], { nps: false })!.scale.missingCodes).toEqual([
      { value: 99, kind: 'dontKnow' },
    ]);
    const nine = numericScale('Q', [1, 2, 4, 5, 9], { nps: false })!;
    expect(nine.scale).toMatchObject({ min: 1, max: 5, missingCodes: [{ value: 9, kind: 'dontKnow' }] });
    const zero = numericScale('Q (1–10, 0 = Vet ikke)', [0, 4, 10], { nps: false })!;
    expect(zero.scale).toMatchObject({ min: 1, max: 10, missingCodes: [{ value: 0, kind: 'dontKnow' }] });
  });

  it('turns five-point labels into a 1–5 scale with its labels and "Vet ikke" a missing code', () => {
    const q = inferQuestion(
      'Alt i alt, hvor fornøyd er du?',
      ['Svært fornøyd', 'Fornøyd', 'Misfornøyd', 'Vet ikke', 'Ikke relevant'],
      opts,
    );
    expect(q.type).toBe('rating');
    expect(q.role).toBe('outcome-satisfaction');
    expect(q.scale).toMatchObject({ kind: 'range', min: 1, max: 5 });
    if (q.scale.kind !== 'range') throw new Error('range expected');
    expect(q.scale.labels.map((l) => l.value)).toEqual([2, 4, 5]);
    expect(q.scale.missingCodes.map((c) => [c.kind, c.texts?.nb])).toEqual([
      ['notApplicable', 'Ikke relevant'],
      ['dontKnow', 'Vet ikke'],
    ]);
    const sv = inferQuestion('Totalt sett, hur nöjd är du?', ['Svært fornøyd', 'Fornøyd', 'Vet ej'], opts);
    expect(sv.scale.kind === 'range' && sv.scale.missingCodes[0]?.kind).toBe('dontKnow');
  });
});

describe('role inference', () => {
  it('finds NPS from recommend wording on 0–10 in en, nb, da and sv', () => {
    for (const h of [
      'How likely are you to recommend us to a friend?',
      'Hvor sannsynlig er det at du vil anbefale oss?',
      'Hvor sandsynligt er det, at du vil anbefale os?',
      'Hur troligt är det att du skulle rekommendera oss?',
    ]) {
      const q = inferQuestion(h, ['0', '7', '10'], opts);
      expect([q.type, q.role, q.scale.kind === 'range' && q.scale.max]).toEqual([
        'nps',
        'outcome-recommend',
        10,
      ]);
    }
  });

  it('tells overall satisfaction, loyalty, importance and performance apart', () => {
    const role = (h: string) => inferRole(h, 'rating', 0).role;
    expect(role('Overall, how satisfied are you?')).toBe('outcome-satisfaction');
    expect(role('Samlet sett, hvor fornøyd er du?')).toBe('outcome-satisfaction');
    expect(role('Samlet set, hvor tilfreds er du?')).toBe('outcome-satisfaction');
    expect(role('Totalt sett, hur nöjd är du?')).toBe('outcome-satisfaction');
    expect(role('Would you choose us again?')).toBe('loyalty');
    expect(role('Vil du velge oss igjen?')).toBe('loyalty');
    expect(role('Vil du vælge os igen?')).toBe('loyalty');
    expect(role('Ønsker du å fortsette som kunde?')).toBe('loyalty');
    expect(role('Hvor viktig er ventetiden?')).toBe('importance');
    expect(role('Hvor vigtig er leveringen?')).toBe('importance');
    expect(role('Hvor fornøyd er du med ventetiden?')).toBe('performance');
  });

  it('makes few-category background variables segments and free text comments', () => {
    expect(inferRole('Kjønn', 'single', 2).role).toBe('segment');
    expect(inferRole('Avdeling', 'single', 9).role).toBe('segment');
    expect(inferRole('Kommentar', 'single', 4).role).toBe('comment');
    expect(inferRole('Anything else?', 'text', 40).role).toBe('comment');
    expect(inferRole('Which films have you seen', 'single', 20).role).toBe('other');
  });
});

describe('touchpoints and importance links', () => {
  const col = (index: number, text: string, code: string | null = null, subLabel: string | null = null) =>
    ({ index, letter: 'A', code, text, subLabel, header: text, kind: 'answer', group: null }) as SourceColumn;

  it('groups columns by matrix question, field-id stem and "Touchpoint - item" headers', () => {
    expect(codeStem('Q5_1')).toBe('Q5');
    expect(codeStem('KS[SQ001]')).toBe('KS');
    expect(codeStem('Q5')).toBeNull();
    const g = questionGroups([
      col(0, 'Kundeservice - Ventetid'),
      col(1, 'Kundeservice - Løsning'),
      col(2, 'Levering - Tid'),
      col(3, 'Ventetid', 'KS_1'),
      col(4, 'Løsning', 'KS_2'),
    ]);
    expect(g.get(0)?.label).toBe('Kundeservice');
    expect(g.get(1)?.key).toBe(g.get(0)?.key);
    expect(g.has(2)).toBe(false);
    expect(g.get(3)?.label).toBe('KS');
  });

  it('links an importance item to the performance item of the same subject', () => {
    const links = linkImportance([
      {
        code: 'P1',
        role: 'performance',
        text: 'Hvor fornøyd er du med ventetiden?',
        subLabel: null,
        group: 'k',
      },
      { code: 'P2', role: 'performance', text: 'Hvor fornøyd er du med prisen?', subLabel: null, group: 'k' },
      { code: 'I1', role: 'importance', text: 'Hvor viktig er ventetiden?', subLabel: null, group: 'k' },
    ]);
    expect(links.get('I1')?.code).toBe('P1');
  });
});

describe('inference reasons', () => {
  it('are codes with the words they quote, worded in English for the CLI', () => {
    const nps = inferQuestion(
      'Hvor sannsynlig er det at du vil anbefale oss? (0–10)',
      ['0', '9', '10'],
      opts,
    );
    expect(nps.roleReason).toEqual({ code: 'npsRecommend', params: { word: 'anbefal' } });
    const dk = inferQuestion('Service (1–5) 9 = Vet ikke', ['1', '3', '5', '9'], opts);
    expect(dk.missingReasons).toEqual([{ code: 'dontKnowCode', params: { label: '9' } }]);
    expect(reasonsText([dk.scaleReason, ...dk.missingReasons, dk.roleReason])).toBe(
      'the header declares the scale "(1–5)"; missing codes: 9 = don\'t know; a rating of no outcome wording: performance',
    );
  });

  it('are worded by the translate function given (the UI passes i18next)', () => {
    const r = inferRole('Alt i alt, hvor fornøyd er du?', 'rating', 0).reason;
    expect(r).toEqual({ code: 'overallSatisfied', params: { overall: 'alt i alt', sat: 'fornøy' } });
    const seen: unknown[] = [];
    const text = reasonText(r, (key, params) => {
      seen.push([key, params]);
      return 'oversatt';
    });
    expect(text).toBe('oversatt');
    expect(seen).toEqual([['infer.reason.overallSatisfied', r.params]]);
  });
});

describe('choice questions', () => {
  it('keep the file’s answers as options, worded in the study language', () => {
    const q = inferQuestion('Kjønn', ['Kvinne', 'Mann', 'Kvinne', 'Mann'], opts);
    expect(q).toMatchObject({ type: 'single', role: 'segment' });
    expect(q.scale).toEqual({
      kind: 'choice',
      options: [
        { code: 'Kvinne', texts: { nb: 'Kvinne' } },
        { code: 'Mann', texts: { nb: 'Mann' } },
      ],
    });
  });
});
