import type { ToolAdapter } from './types';

/**
 * Netigate. No public page names the columns of its response export, and no real Netigate file was
 * available, so nothing is recognised from a header: a Netigate export imports as a generic table,
 * with the shared bookkeeping and personal-data rules (e-mail, telephone) applied. The pages read
 * (Netigate Success Center, success.netigate.net and support.netigate.net):
 * - "Creating a respondent list" (/support/creating-a-respondent-list/): the file imported for a
 *   send-out, column A the e-mail, login or telephone, then background data; not the export.
 * - "Background data" (/support/background-data/) and the glossary (/glossary/): background data is
 *   known respondent data imported with the list; a multiple-answer mechanism has min and max
 *   answers, weights and a text box on the last option. No column names.
 * - "View text answers" (/support/view-text-answers/) and the FAQ (/faq/): reports exported to
 *   Excel, PowerPoint or PDF; no layout of a raw-data export.
 */
export const netigate: ToolAdapter = {
  id: 'netigate',
  name: 'Netigate',
  source: 'Netigate Success Center "Creating a respondent list" (no response-export layout; no real file)',
  recognise: () => null,
  personal: [['email', ['e-mail', 'e-mail address', 'login']]],
  labels: 'text',
};
