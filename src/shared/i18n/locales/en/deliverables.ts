/** deliverables: English UI strings of the Report page's exports (the reference for nb and da). */
export const deliverables = {
  deliverables: {
    lead: 'Everything the client receives, from the same numbers: the PDF report, an editable PowerPoint deck and the results tables in Excel.',
    pdfTitle: 'PDF report',
    pdfText:
      'The branded report: overview, journey, change, priorities, drivers, units, comments and method.',
    pptxTitle: 'PowerPoint deck',
    pptxText:
      '16:9 slides in the client’s colours, with native charts whose data you can edit in PowerPoint, tables, and speaker notes with bases, tests and what was hidden.',
    xlsxTitle: 'Excel tables',
    xlsxText:
      'Every results table on its own sheet: numbers as numbers, n beside each figure, significance with its test, hidden cells marked.',
    exportPptx: 'Export PowerPoint',
    exportXlsx: 'Export Excel',
    working: 'Making the file … {{seconds}} s',
    deckDone_one: '{{name}} is ready ({{count}} slide).',
    deckDone_other: '{{name}} is ready ({{count}} slides).',
    tablesDone_one: '{{name}} is ready ({{count}} sheet).',
    tablesDone_other: '{{name}} is ready ({{count}} sheets).',
    anonymity:
      'Every export shows what the report shows and no more: a group with fewer answers than the anonymity threshold is marked as hidden, never counted.',
  },
};
