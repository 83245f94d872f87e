import type { ToolAdapter } from './types';

/**
 * SurveyXact (Rambøll) workbook export: a Dataset sheet with Variables and Labels sheets beside it,
 * read by src/main/services/import/surveyxact.ts.
 */
export const surveyxact: ToolAdapter = {
  id: 'surveyxact',
  name: 'SurveyXact',
  source: 'SurveyXact "Dataset" export with Variables and Labels sheets (synthetic tests)',
  recognise: (input) => {
    const names = input.sheetNames.map((n) => n.toLowerCase());
    return names.includes('dataset') && (names.includes('variables') || names.includes('labels'))
      ? { confidence: 0.95, headerRows: 1, multiSeparator: null }
      : null;
  },
  bookkeeping: [
    ['status', ['statusvariabel', 'status']],
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
