/** report: English UI strings (the reference; nb and da are typed by these). */
export const report = {
  report: {
    title: 'Report',
    lead: 'The branded PDF report for the client: overview, journey, NPS and method.',
    language: 'Report language',
    wave: 'Wave',
    export: 'Export PDF',
    onlyFilter: 'Only the group in the live filter: {{filter}}',
    onlyFilterHint:
      'Every chapter within that group; refused if it could reveal a group under the anonymity threshold.',
    done_one: '{{name}} is ready ({{count}} page).',
    done_other: '{{name}} is ready ({{count}} pages).',
  },
  settings: {
    title: 'Settings',
    k: 'Anonymity threshold (k)',
    kHint: 'No result is shown for a group with fewer answers than this.',
    saved: 'Saved.',
    file: 'Study file',
    saveAs: 'Save as…',
    download: 'Download a copy',
  },
};
