import { describe, expect, it } from 'vitest';
import type { Measure } from './labelled';
import { declaredQuestion } from './labelled';

const labels = (...texts: string[]) => texts.map((label, i) => ({ value: i + 1, label }));
const ask = (l: { value: number; label: string }[], measure?: Measure, missing: number[] = []) => {
  const q = declaredQuestion('Question', { valueLabels: l, missing, measure }, 'en');
  return q && { type: q.type, kind: q.scale.kind, reason: q.scaleReason.code, params: q.scaleReason.params };
};

describe('declared value labels: the measurement level, else the wording', () => {
  it('a nominal variable is a single choice even on 1–5; ordinal and scale rate contiguous labels', () => {
    const sat = labels('Very dissatisfied', 'Dissatisfied', 'Neutral', 'Satisfied', 'Very satisfied');
    expect(ask(sat, 'nominal')).toMatchObject({ type: 'single', kind: 'choice', reason: 'fileNominal' });
    expect(ask(sat, 'ordinal')).toMatchObject({ type: 'rating', kind: 'range', reason: 'fileOrdinal' });
    expect(ask(sat, 'scale')).toMatchObject({ type: 'rating', kind: 'range', reason: 'fileScale' });
    expect(ask(labels('1', '2', '3', '4', '5'), 'scale')).toMatchObject({
      type: 'rating',
      reason: 'fileScale',
    });
    // Scale is SPSS's level for a variable nobody set: names still make options there, not a mean.
    expect(ask(labels('Oslo', 'Bergen', 'Trondheim'), 'scale')).toMatchObject({
      type: 'single',
      reason: 'labelsNames',
    });
    // An ordinal declaration was someone's choice and stands.
    expect(ask(labels('Oslo', 'Bergen', 'Trondheim'), 'ordinal')).toMatchObject({
      type: 'rating',
      reason: 'fileOrdinal',
    });
    // Not contiguous: options, whatever the level.
    const gap = [
      { value: 1, label: 'A' },
      { value: 2, label: 'B' },
      { value: 4, label: 'D' },
    ];
    expect(ask(gap, 'ordinal')).toMatchObject({ type: 'single', reason: 'fileValueLabels' });
  });

  it('without a level, names are options and rating words in en/nb/da/sv a rating', () => {
    expect(ask(labels('Oslo', 'Bergen', 'Trondheim'))).toMatchObject({
      type: 'single',
      reason: 'labelsNames',
    });
    expect(
      ask(labels('Economics', 'Law', 'Medicine', 'Nursing', 'Engineering', 'Teacher education')),
    ).toMatchObject({ type: 'single', reason: 'labelsNames' });
    expect(ask(labels('Web', 'Phone', 'E-mail', 'In store'), 'unknown')).toMatchObject({ type: 'single' });
    const cases: [string[], string][] = [
      [['Strongly disagree', 'Disagree', 'Agree', 'Strongly agree'], 'strongly'],
      [['Svært misfornøyd', 'Misfornøyd', 'Både og', 'Fornøyd', 'Svært fornøyd'], 'svært'],
      [['Meget utilfreds', 'Utilfreds', 'Hverken eller', 'Tilfreds'], 'meget'],
      [['Mycket missnöjd', 'Missnöjd', 'Nöjd'], 'mycket'],
      [['Helt uenig', 'Uenig', 'Enig'], 'helt'],
      [['Unlikely', 'Maybe', 'Likely'], 'unlikely'],
      [['Low', 'Medium', 'High'], 'low'],
    ];
    for (const [l, word] of cases)
      expect(ask(labels(...l)), l.join()).toMatchObject({
        type: 'rating',
        reason: 'labelsRatingWords',
        params: { word },
      });
    expect(ask(labels('1', '2', '3', '4', '5'))).toMatchObject({ type: 'rating', reason: 'labelsNumbers' });
    // Digits in a label are no names (age groups): a rating as before.
    expect(ask(labels('Under 30', '30–49', '50 or older'))).toMatchObject({
      type: 'rating',
      reason: 'fileValueLabels',
    });
  });

  it('only the ends labelled is a rating over the whole range; next to each other they are options', () => {
    const ends = [
      { value: 1, label: 'Terrible' },
      { value: 10, label: 'Wonderful' },
    ];
    const q = declaredQuestion('Q', { valueLabels: ends, missing: [] }, 'en');
    expect(q?.scale).toMatchObject({ kind: 'range', min: 1, max: 10 });
    expect(q?.scaleReason).toEqual({
      code: 'labelsEnds',
      params: { labels: '1 = Terrible, 10 = Wonderful', min: 1, max: 10 },
    });
    expect(ask(ends, 'nominal')).toMatchObject({ type: 'single' });
    expect(ask(labels('Male', 'Female'))).toMatchObject({ type: 'single', reason: 'fileValueLabels' });
  });

  it("user-missing codes are no points: 1–3 names and 9 = don't know stay three options", () => {
    const l = [...labels('Oslo', 'Bergen', 'Trondheim'), { value: 9, label: "Don't know" }];
    const q = declaredQuestion('Region', { valueLabels: l, missing: [9] }, 'en');
    expect(q?.scale).toMatchObject({ kind: 'choice' });
    expect(q?.scale.kind === 'choice' && q.scale.options.map((o) => o.code)).toEqual(['1', '2', '3']);
  });
});
