import type { ToolAdapter } from './types';
import { hasAll, headerRow } from './header';

/**
 * Microsoft Forms "Open in Excel" export: ID, Start time, Completion time, Email, Name, then one
 * column per question; multiple answers joined by ";". From Microsoft's support article "View and
 * export results of your form" and the synthetic headers in tools.test.ts.
 */
export const microsoftForms: ToolAdapter = {
  id: 'microsoft-forms',
  name: 'Microsoft Forms',
  source: 'Microsoft support: "View and export results of your form" (no real file in the fixtures)',
  recognise: (input) => {
    const r0 = headerRow(input, 0);
    return r0[0] === 'id' && hasAll(r0, 'start time', 'completion time')
      ? { confidence: 0.95, headerRows: 1, multiSeparator: ';' }
      : null;
  },
  bookkeeping: [
    ['startTime', ['start time']],
    ['endTime', ['completion time']],
    ['submitted', ['last modified time']],
  ],
  personal: [
    ['email', ['email']],
    ['name', ['name']],
  ],
  labels: 'text',
};
