import type { ToolAdapter } from './types';

/**
 * Enalyzer. Its help centre article "Download response data" (helpcenter.enalyzer.com, article
 * 360016753759) documents the formats (Excel, CSV, SPSS) and that each variable comes as text, value
 * or label number, but not the column names of the file, and no real Enalyzer file was available.
 * So nothing is recognised from an Excel or CSV header: such files import as a generic table (the
 * shared bookkeeping and personal-data rules still apply), and Enalyzer's SPSS export imports as SPSS
 * with its value labels.
 */
export const enalyzer: ToolAdapter = {
  id: 'enalyzer',
  name: 'Enalyzer',
  source: 'Enalyzer help centre "Download response data" (formats only; no real file available)',
  recognise: () => null,
  labels: 'codes or text',
};
