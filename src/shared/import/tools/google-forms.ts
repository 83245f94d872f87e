import type { ToolAdapter } from './types';
import { headerRow } from './header';

/**
 * Google Forms response sheet or CSV: a Timestamp column first (in the form's language), one column
 * per question headed by its text, checkbox answers joined by ", ". Checked on
 * tests/fixtures/import/survey-exports/google-forms.
 */
export const googleForms: ToolAdapter = {
  id: 'google-forms',
  name: 'Google Forms',
  source: 'real export: tests/fixtures/import/survey-exports/google-forms (AutisticaCitizenScience)',
  recognise: (input) => {
    const first = headerRow(input, 0)[0];
    return first === 'timestamp' ||
      first === 'tidsmerke' ||
      first === 'tidsstempel' ||
      first === 'tidsstämpel'
      ? { confidence: 0.8, headerRows: 1, multiSeparator: ', ' }
      : null;
  },
  bookkeeping: [['submitted', ['timestamp', 'tidsmerke', 'tidsstempel', 'tidsstämpel']]],
  personal: [['email', ['email address', 'e-postadresse', 'e-mailadresse']]],
  labels: 'text',
};
