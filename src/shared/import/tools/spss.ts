import type { ToolAdapter } from './types';

/**
 * An SPSS .sav file (from SPSS, PSPP, or a survey tool's SPSS export: Qualtrics, Enalyzer, Questback):
 * read by src/main/services/import/sav.ts into a table whose first row holds the variable names and
 * the second the variable labels; value labels become the scale's labelled points and user-missing
 * values don't know / not applicable. The sheet name the reader gives marks it. Checked on
 * tests/fixtures/import/survey-exports/spss (pyreadstat's sample.sav, Windows-1252).
 */
export const SAV_SHEET = 'SPSS data';

export const spss: ToolAdapter = {
  id: 'spss',
  name: 'SPSS (.sav)',
  source: 'real file: spss_pyreadstat_sample.sav; read with sav-reader 2.0.8',
  recognise: (input) =>
    input.sheetNames.length === 1 && input.sheetNames[0] === SAV_SHEET
      ? { confidence: 0.99, headerRows: 2, multiSeparator: null }
      : null,
  labels: 'codes',
};
