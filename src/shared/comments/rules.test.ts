import { describe, expect, it } from 'vitest';
import { codebookSchema } from '../api/comments';
import { fold, tokens } from './fold';
import { ruleQuality } from './precision';
import { compileCodebook, compileRule, matchesSearch, prepare, matchRule, propose } from './rules';
import { stem } from './stem';

describe('fold', () => {
  it('ignores case, accents and the Nordic letters', () => {
    expect(fold('VENTETÍD i Køen, Ærlig')).toBe('ventetid i koen, aerlig');
    expect(tokens('Rådgiveren – e-post: ok')).toEqual([
      { word: 'radgiveren', start: 0, end: 10 },
      { word: 'e-post', start: 13, end: 19 },
      { word: 'ok', start: 21, end: 23 },
    ]);
  });
});

describe('stem', () => {
  it.each([
    ['nb', ['ventetid', 'ventetiden', 'ventetider'], 'ventetid'],
    ['nb', ['rådgiver', 'rådgiveren', 'rådgivere', 'rådgiverne'], 'radgiv'],
    ['da', ['medarbejder', 'medarbejderne'], 'medarbejd'],
    ['da', ['opfølgning', 'opfølgningen'], 'opfolgning'],
    ['en', ['waiting', 'waited', 'waits', 'wait'], 'wait'],
    ['en', ['queue', 'queues'], 'queue'],
  ] as const)('%s: %j meet at %s', (lang, words, expected) => {
    for (const w of words) expect(stem(fold(w), lang)).toBe(expected);
  });

  it('leaves short words and numbers alone', () => {
    expect(stem('kø', 'nb')).toBe('kø');
    expect(stem('2025s', 'en')).toBe('2025s');
  });
});

describe('coding rules', () => {
  it('a word matches its inflections, a star matches a prefix, a phrase matches in order', () => {
    const text = prepare('Altfor lang ventetid på telefonen, og rådgiveren svarte ikke.', 'nb');
    expect(matchRule(compileRule('ventetiden', 'nb')!, text)).toEqual([{ start: 12, end: 20 }]);
    expect(matchRule(compileRule('telef*', 'nb')!, text)).toHaveLength(1);
    expect(matchRule(compileRule('"lang ventetid"', 'nb')!, text)).toEqual([{ start: 7, end: 20 }]);
    expect(matchRule(compileRule('ventetid lang', 'nb')!, text)).toEqual([]);
    expect(matchRule(compileRule('rådgivere', 'nb')!, text)).toHaveLength(1);
    expect(compileRule('***', 'nb')).toBeNull();
  });

  it('proposes each theme once, with the rule and the words that matched', () => {
    const book = codebookSchema.parse({
      themes: [
        { code: 'WAIT', label: { nb: 'Ventetid', en: 'Waiting time' }, rules: ['ventetid', 'vente*', 'kø'] },
        { code: 'STAFF', label: { nb: 'Ansatte' }, rules: ['rådgiver', 'ansatt'] },
        { code: 'PRICE', label: { nb: 'Pris' }, rules: ['pris', 'dyr*'] },
      ],
    });
    const compiled = compileCodebook(book, 'nb');
    const text = 'Måtte vente lenge, men rådgiveren var hyggelig. Ventetiden er for lang.';
    expect(propose(text, compiled, 'nb')).toEqual([
      { code: 'WAIT', rule: 'ventetid', start: 48, end: 58 },
      { code: 'STAFF', rule: 'rådgiver', start: 23, end: 33 },
    ]);
    expect(propose('Ingenting å si', compiled, 'nb')).toEqual([]);
  });

  it('search ignores accents and inflection, and finds parts of words', () => {
    expect(matchesSearch('Rådgiveren var hyggelig', 'radgivere', 'nb')).toBe(true);
    expect(matchesSearch('Rådgiveren var hyggelig', 'RÅDGIVER hygg', 'nb')).toBe(true);
    expect(matchesSearch('Lang ventetid', 'tid', 'nb')).toBe(true);
    expect(matchesSearch('Lang ventetid', 'pris', 'nb')).toBe(false);
    expect(matchesSearch('anything', '   ', 'en')).toBe(true);
  });
});

describe('rule quality against hand coding', () => {
  it('precision and recall per theme; none when nothing to count', () => {
    const q = ruleQuality(
      ['WAIT', 'PRICE'],
      [
        { manual: ['WAIT'], proposed: ['WAIT'] },
        { manual: [], proposed: ['WAIT'] },
        { manual: ['WAIT'], proposed: [] },
        { manual: ['WAIT', 'STAFF'], proposed: ['WAIT'] },
      ],
    );
    expect(q[0]).toEqual({ code: 'WAIT', proposed: 3, agreed: 2, coded: 3, precision: 2 / 3, recall: 2 / 3 });
    expect(q[1]).toEqual({ code: 'PRICE', proposed: 0, agreed: 0, coded: 0, precision: null, recall: null });
  });
});
