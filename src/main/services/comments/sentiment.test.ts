import { describe, expect, it } from 'vitest';
import { sentimentOf } from '../../../shared/comments/sentiment';
import { lexiconFor } from './lexicon';

const score = (text: string, lang: 'nb' | 'da' | 'en') => sentimentOf(text, lang, lexiconFor(lang));

describe('sentiment signal (word list, negation-aware)', () => {
  it.each([
    ['nb', 'Veldig hyggelig og hjelpsom rådgiver, kjempebra!', 'positive'],
    ['nb', 'Elendig service og altfor treg saksbehandling.', 'negative'],
    ['nb', 'Rådgiveren var ikke hyggelig.', 'negative'],
    ['nb', 'Jeg er godt fornøyd, men ventetiden var dårlig.', 'mixed'],
    ['nb', 'Jeg ringte på tirsdag.', 'neutral'],
    ['nb', 'Fikk forskjellige svar hver gang jeg ringte kundeservice.', 'neutral'],
    ['nb', 'Ble lovet rabatt, men den kom aldri på fakturaen.', 'neutral'],
    ['nb', 'Greit nok, men saksbehandlingen kunne gått raskere.', 'negative'],
    ['da', 'Meget venlig og hjælpsom medarbejder, super godt!', 'positive'],
    ['da', 'Dårlig service, jeg er skuffet.', 'negative'],
    ['da', 'Medarbejderen var ikke venlig.', 'negative'],
    ['en', 'Friendly and helpful staff, thanks!', 'positive'],
    ['en', "The advisor wasn't helpful at all.", 'negative'],
    ['en', 'Not good, and very slow.', 'negative'],
    ['en', 'The handling could have been quicker.', 'negative'],
  ] as const)('%s: %s → %s', (lang, text, label) => {
    expect(score(text, lang).label).toBe(label);
  });

  it('names the words it counted, with negation marked', () => {
    const s = score('Rådgiveren var ikke hyggelig.', 'nb');
    expect(s.hits).toEqual([{ word: 'hyggelig', value: -2, negated: true }]);
    expect(s.score).toBe(-2);
    expect(s.comparative).toBeCloseTo(-2 / 4, 12);
  });

  it('finds inflected forms through the stem, and the corrections override the list', () => {
    expect(score('hyggelige folk', 'nb').score).toBeGreaterThan(0);
    expect(score('Jeg er tilfreds', 'nb').label).toBe('positive');
    expect(score('Det var bra', 'nb').label).toBe('positive');
  });
});
