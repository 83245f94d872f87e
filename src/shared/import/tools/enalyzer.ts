import type { ToolAdapter } from './types';

/**
 * Enalyzer. No public page names the columns of its response download, and no real Enalyzer file was
 * available, so nothing is recognised from an Excel or CSV header: such a file imports as a generic
 * table (the shared bookkeeping and personal-data rules still apply), and Enalyzer's SPSS export
 * imports as SPSS with its value labels. The pages read (help centre, helpcenter.enalyzer.com):
 * - "Download response data" (hc/…/articles/360016753759; en, da, no, sv, de): the formats (Excel,
 *   CSV, SPSS) and, per variable and question type, the data format (text, value, label number) and
 *   its default: single choice and rating scale as label number, multiple choice as value, open
 *   answers and text or e-mail background variables as text. No column names.
 * - "Import responses" (360010981559; da, no, sv): a single-choice question is one column holding the
 *   option's label number, with one more column for an open last option; for a multiple-choice
 *   question the copy read breaks off at "each answer option …"; e-mail is a system variable. No
 *   column names.
 * - "Respondent list" (115000910629) and "How do I import readers to my organization?"
 *   (360022823094): the headers of files imported into Enalyzer (firstname, lastname, email), not
 *   of the response download.
 * - "Background Variables" (206507259), "When are respondents registered as completed?"
 *   (115002251693: completed, incomplete, refused, not answered): no column names either.
 */
export const enalyzer: ToolAdapter = {
  id: 'enalyzer',
  name: 'Enalyzer',
  source:
    'Enalyzer help centre "Download response data" and "Import responses" (formats and layout only, no column names; no real file available)',
  recognise: () => null,
  labels: 'codes or text',
};
