import { describe, expect, it } from 'vitest';
import { catalogs } from './locales/index';

/** Every leaf of a nested catalog as "a.b.c" → value. */
function leaves(obj: unknown, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (typeof obj !== 'object' || obj === null) {
    out.set(prefix, obj);
    return out;
  }
  for (const [k, v] of Object.entries(obj)) {
    for (const [kk, vv] of leaves(v, prefix ? `${prefix}.${k}` : k)) out.set(kk, vv);
  }
  return out;
}

const en = leaves(catalogs.en);

describe('UI catalogs', () => {
  it('English has a reasonable number of keys', () => {
    expect(en.size).toBeGreaterThan(100);
  });

  for (const lang of ['nb', 'da'] as const) {
    const other = leaves(catalogs[lang]);
    it(`${lang} has exactly the keys of en`, () => {
      expect([...other.keys()].sort()).toEqual([...en.keys()].sort());
    });
    it(`${lang} keeps every {{placeholder}} of en`, () => {
      for (const [key, value] of en) {
        const want =
          String(value)
            .match(/\{\{\w+\}\}/g)
            ?.sort() ?? [];
        const got =
          String(other.get(key))
            .match(/\{\{\w+\}\}/g)
            ?.sort() ?? [];
        expect(got, `${lang}:${key}`).toEqual(want);
      }
    });
  }

  for (const lang of ['en', 'nb', 'da'] as const) {
    it(`${lang} has no empty or non-string values`, () => {
      for (const [key, value] of leaves(catalogs[lang])) {
        expect(typeof value, `${lang}:${key}`).toBe('string');
        expect(String(value).trim(), `${lang}:${key}`).not.toBe('');
      }
    });
  }

  it('Norwegian and Danish texts are not left in English', () => {
    const nb = leaves(catalogs.nb);
    const da = leaves(catalogs.da);
    const same = [...en.keys()].filter(
      (k) => en.get(k) === nb.get(k) && en.get(k) === da.get(k) && String(en.get(k)).length > 12,
    );
    // Only brand names and formulas may be identical in all three (e.g. "Net Promoter Score").
    expect(
      same.every((k) =>
        /Net Promoter Score|NPS \(0–10\)|Touchpoint Studio|SurveyMonkey|Forms|LimeSurvey|SurveyXact|Qualtrics|KoboToolbox/.test(
          String(en.get(k)),
        ),
      ),
    ).toBe(true);
  });
});
