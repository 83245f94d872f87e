import { describe, expect, it } from 'vitest';
import { catalogs } from '../i18n/locales/index';
import type { ReadWarningTranslate } from './read-warnings';
import { readWarning, readWarningText } from './read-warnings';

/** A translation function over one language's catalog, as i18next's `t` does it. */
const tr =
  (lang: 'nb' | 'da'): ReadWarningTranslate =>
  (key, params) => {
    let node: unknown = catalogs[lang];
    for (const part of key.split('.')) node = (node as Record<string, unknown>)[part];
    return String(node).replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(params?.[name] ?? ''));
  };

describe('read warnings', () => {
  const w = readWarning('mrsetNoVariable', { name: '$kanal', variables: 'k_buti_' });

  it('are a code and what they quote, in English for the CLI', () => {
    expect(w).toEqual({ code: 'mrsetNoVariable', params: { name: '$kanal', variables: 'k_buti_' } });
    expect(readWarningText(w)).toBe(
      'Multiple-response set $kanal left out: the file has no variable k_buti_',
    );
    expect(readWarningText(readWarning('measuresRepeated'))).toBe(
      'The file holds measurement levels twice (record 7/11): the first are read',
    );
  });

  it('read in Norwegian and Danish where the wizard shows them, the technical detail kept', () => {
    expect(readWarningText(w, tr('nb'))).toBe(
      'Flervalgssettet $kanal er utelatt: filen har ingen variabel k_buti_',
    );
    expect(readWarningText(w, tr('da'))).toBe(
      'Multiple response-sættet $kanal er udeladt: filen har ingen variabel k_buti_',
    );
    const damaged = readWarning('dictionaryDamaged', { at: 1024, detail: 'unknown record type 9' });
    expect(readWarningText(damaged, tr('nb'))).toBe(
      'SPSS-ordboken er skadet etter byte 1024, så flervalgssettene og målenivåene leses ikke (unknown record type 9)',
    );
  });
});
