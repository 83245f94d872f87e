import { importTools as enImportTools } from '../i18n/locales/en/importTools';

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
export type ReadWarningTranslate = (key: string, params?: Record<string, string | number>) => string;

const englishTr: ReadWarningTranslate = (key, params) => {
  const code = key.replace(/^importTools\.readWarning\./, '') as ReadWarningCode;
  const template = enImportTools.importTools.readWarning[code] ?? code;
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(params?.[name] ?? ''));
};

export const readWarningText = (w: ReadWarning, tr: ReadWarningTranslate = englishTr): string =>
  tr(`importTools.readWarning.${w.code}`, w.params);
