import type { Catalog } from '../en';

/** report: Dansk. */
export const report: Pick<Catalog, 'report' | 'settings'> = {
  report: {
    title: 'Rapport',
    lead: 'PDF-rapporten til kunden i kundens design: overblik, kunderejse, NPS og metode.',
    language: 'Rapportens sprog',
    wave: 'Måling',
    export: 'Eksportér PDF',
    onlyFilter: 'Kun gruppen i det aktive filter: {{filter}}',
    onlyFilterHint:
      'Alle kapitler inden for den gruppe; afvises, hvis den kan afsløre en gruppe under anonymitetsgrænsen.',
    done_one: '{{name}} er klar ({{count}} side).',
    done_other: '{{name}} er klar ({{count}} sider).',
  },
  settings: {
    title: 'Indstillinger',
    k: 'Anonymitetsgrænse (k)',
    kHint: 'Der vises ingen resultater for en gruppe med færre svar end dette.',
    saved: 'Gemt.',
    file: 'Undersøgelsesfil',
    saveAs: 'Gem som …',
    download: 'Download en kopi',
  },
};
