import type { ToolAdapter } from './types';

/**
 * SurveyXact (Rambøll) workbook export: a `Dataset` sheet (variable names in row 1, answers as
 * codes) with `Structure` and `Labels` beside it, or `Variables` in older exports. The layout
 * follows the public readSX package, which reads SurveyXact's exports (github.com/NIFU-NO/readSX,
 * R/read_surveyxact.R and its sample export inst/extdata/ex_survey2.xlsx, sheets Labels, Dataset,
 * Structure); no file of our own was available. The sheets beside the data are applied by
 * src/main/services/import/surveyxact.ts: question texts, one column per option of a multiple
 * choice (0 / 1), "other" texts, and the Labels sheet's codes and labels.
 */
export const surveyxact: ToolAdapter = {
  id: 'surveyxact',
  name: 'SurveyXact',
  source:
    'readSX (github.com/NIFU-NO/readSX) R/read_surveyxact.R and its sample export: Dataset, Structure, Labels sheets (no file of our own)',
  recognise: (input) => {
    const names = input.sheetNames.map((n) => n.toLowerCase());
    return names.includes('dataset') &&
      (names.includes('structure') || names.includes('variables') || names.includes('labels'))
      ? { confidence: 0.95, headerRows: 1, multiSeparator: null }
      : null;
  },
  bookkeeping: [
    // The overall status, one column per state (Ny, Distribuert, Noen svar, Gjennomført, Frafalt).
    ['status', ['statusvariabel', 'status', 'statoverall', /^stato_\d+$/]],
    ['bookkeeping', ['respondentvariabel']],
    ['startTime', ['starttidspunkt']],
    ['submitted', ['sluttidspunkt', 'besvarelsestidspunkt']],
  ],
  personal: [
    ['email', ['e-mail', 'email']],
    ['name', ['navn', 'name']],
  ],
  labels: 'codes',
};
