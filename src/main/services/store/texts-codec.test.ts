import { describe, expect, it } from 'vitest';
import { decodeTexts, encodeTexts } from './texts-codec';

const roundTrip = (texts: (string | null)[], values: number[], missing: number[]) => {
  const v = Float64Array.from(values);
  const m = Uint8Array.from(missing);
  const stored = encodeTexts(texts, v, m);
  return { stored, back: decodeTexts(stored, texts.length, () => ({ values: v, missing: m })) };
};

describe('stored answer texts', () => {
  it('keeps choice codes equal to their values as values only, and reads them back exactly', () => {
    const { stored, back } = roundTrip(['4', null, '2', null, '300'], [4, NaN, 2, 7, 300], [0, 1, 0, 2, 0]);
    expect(stored).toBe('{"f":"v"}');
    expect(back).toEqual(['4', null, '2', null, '300']);
  });

  it('keeps repeated labels once each, with one index character per cell', () => {
    const texts = ['Telefon', 'App', null, 'Telefon', '', 'App', 'App', 'Telefon'];
    const { stored, back } = roundTrip(
      texts,
      texts.map(() => NaN),
      texts.map(() => 0),
    );
    expect(JSON.parse(stored!)).toMatchObject({ d: ['Telefon', 'App', ''] });
    expect(back).toEqual(texts);
  });

  it('keeps any other texts (comments, a code unlike its value) as a JSON array, as before', () => {
    const texts = ['great "service"', 'slow\\nqueue', 'ok'];
    const { stored, back } = roundTrip(texts, [NaN, NaN, NaN], [0, 0, 0]);
    expect(JSON.parse(stored!)).toEqual(texts);
    expect(back).toEqual(texts);
    // A code that is not its value written as a number is kept as it is.
    const code = roundTrip(['04', '5'], [4, 5], [0, 0]);
    expect(code.stored).not.toBe('{"f":"v"}');
    expect(code.back).toEqual(['04', '5']);
  });

  it('stores nothing for a column without texts, and refuses an index that does not fit', () => {
    expect(roundTrip([null, null], [1, 2], [0, 0]).stored).toBeNull();
    const v = new Float64Array(3);
    const m = new Uint8Array(3);
    const stored = encodeTexts(['a', 'a', 'b'], v.fill(NaN), m);
    expect(() => decodeTexts(stored, 4, () => ({ values: v, missing: m }))).toThrow(/3 cells for 4/);
  });
});
