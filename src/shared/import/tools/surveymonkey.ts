import type { ToolAdapter } from './types';
import { headerRow } from './header';

/**
 * SurveyMonkey CSV/xlsx export: two header rows, the second with `Response` / `Open-Ended Response`
 * or each option of a multiple choice spread over columns. Checked on the real exports in
 * tests/fixtures/import/survey-exports/surveymonkey.
 */
export const surveymonkey: ToolAdapter = {
  id: 'surveymonkey',
  name: 'SurveyMonkey',
  source: 'real exports: tests/fixtures/import/survey-exports/surveymonkey (fivethirtyeight)',
  recognise: (input) => {
    const r0 = headerRow(input, 0);
    const r1 = headerRow(input, 1);
    const ok =
      (r0[0] === 'respondentid' || r0[0] === 'respondent id') &&
      r1.some((c) => c === 'response' || c === 'open-ended response');
    return ok ? { confidence: 0.95, headerRows: 2, multiSeparator: null } : null;
  },
  ids: ['respondentid', 'respondent id'],
  bookkeeping: [
    ['startTime', ['start date']],
    ['endTime', ['end date']],
    ['bookkeeping', ['collectorid', 'custom data', 'custom data 1']],
  ],
  personal: [
    ['ip', ['ip address']],
    ['email', ['email address']],
    ['name', ['first name', 'last name']],
  ],
  // "Other (please specify)" is the last sub-label of a multiple choice.
  otherOf: (c) => (/^other\b.*specify/i.test(c.subLabel ?? '') ? c.text : null),
  labels: 'text',
};
