import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../api/errors';
import { errorText } from './error-help';
import { catalogs } from './locales/index';

describe('every error code of the contract has its words', () => {
  for (const lang of ['en', 'nb', 'da'] as const) {
    it(`${lang}: a message, a title and what to do for each code`, () => {
      const c = catalogs[lang] as unknown as {
        errors: Record<string, string>;
        errorHelp: Record<string, { title: string; action: string } | string>;
      };
      for (const code of ERROR_CODES) {
        expect(c.errors[code], `${lang} errors.${code}`).toBeTruthy();
        const h = c.errorHelp[code];
        expect(
          typeof h === 'object' && h.title.length > 3 && h.action.length > 3,
          `${lang} errorHelp.${code}`,
        ).toBe(true);
      }
      // No help for a code the contract does not have (a renamed code would leave a dead entry).
      const extra = Object.keys(c.errorHelp).filter(
        (k) => k !== 'details' && !(ERROR_CODES as readonly string[]).includes(k),
      );
      expect(extra).toEqual([]);
    });
  }

  it('puts the details into the message and keeps the backend sentence when it says more', async () => {
    const i = i18next.createInstance();
    await i.init({
      lng: 'nb',
      resources: { nb: { translation: catalogs.nb } },
      interpolation: { escapeValue: false },
    });
    const tooFew = errorText(i.t.bind(i) as never, {
      code: 'ANALYSIS_TOO_FEW_RESPONDENTS',
      message: 'only 12 respondents answered every question',
      details: { n: 12 },
    });
    expect(tooFew.title).toBe(catalogs.nb.errorHelp.ANALYSIS_TOO_FEW_RESPONDENTS.title);
    expect(tooFew.message).toContain('12');
    expect(tooFew.action).toBe(catalogs.nb.errorHelp.ANALYSIS_TOO_FEW_RESPONDENTS.action);
    const bad = errorText(i.t.bind(i) as never, {
      code: 'INVALID_INPUT',
      message: 'filter: KOMMUNE is not a background question',
    });
    expect(bad.title).not.toBe(bad.message);
    expect(bad.detail).toBe('filter: KOMMUNE is not a background question');
  });
});
