import { importTools as enImportTools } from '../i18n/locales/en/importTools';
import type { CatalogTranslate } from '../i18n/placeholders';
import { sectionTranslate } from '../i18n/placeholders';

/**
 * What a file reader could not read and left out, the rest being read (a damaged SPSS record): a
 * stable code and what it quotes, translated where it is shown (`importTools.readWarning.<code>`);
 * `detail`, where there is one, is the reader's own technical description, in English.
 */
export type ReadWarningCode = keyof typeof enImportTools.importTools.readWarning;

export type ReadWarning = { code: ReadWarningCode; params?: Record<string, string | number> };

export const readWarning = (code: ReadWarningCode, params?: Record<string, string | number>): ReadWarning =>
  params ? { code, params } : { code };

/** Turns a warning into text: `tr` is i18next's `t` in the UI, the English catalog in the CLI. */
export type ReadWarningTranslate = CatalogTranslate;

const englishTr = sectionTranslate('importTools.readWarning.', enImportTools.importTools.readWarning);

export const readWarningText = (w: ReadWarning, tr: ReadWarningTranslate = englishTr): string =>
  tr(`importTools.readWarning.${w.code}`, w.params);
