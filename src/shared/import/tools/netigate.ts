import type { ToolAdapter } from './types';

/**
 * Netigate. Its Success Center documents the respondent list for send-outs (column A the e-mail,
 * login or telephone, then background data) but no public page we could read gives the columns of
 * its response export, and no real Netigate file was available. So nothing is recognised from a
 * header: a Netigate export imports as a generic table, with the shared bookkeeping and
 * personal-data rules (e-mail, telephone) applied.
 */
export const netigate: ToolAdapter = {
  id: 'netigate',
  name: 'Netigate',
  source: 'Netigate Success Center "Creating a respondent list" (no response-export layout; no real file)',
  recognise: () => null,
  personal: [['email', ['e-mail', 'e-mail address', 'login']]],
  labels: 'text',
};
