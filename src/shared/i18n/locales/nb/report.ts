import type { Catalog } from '../en';

/** report: Norsk bokmål. */
export const report: Pick<Catalog, 'report' | 'settings'> = {
  report: {
    title: 'Rapport',
    lead: 'PDF-rapporten til kunden, med kundens profil: oversikt, kundereise, NPS og metode.',
    language: 'Språk i rapporten',
    wave: 'Måling',
    export: 'Eksporter PDF',
    onlyFilter: 'Bare gruppen i det aktive filteret: {{filter}}',
    onlyFilterHint:
      'Alle kapitlene innenfor den gruppen; avvises hvis den kan avsløre en gruppe under anonymitetsgrensen.',
    done_one: '{{name}} er klar ({{count}} side).',
    done_other: '{{name}} er klar ({{count}} sider).',
  },
  settings: {
    title: 'Innstillinger',
    k: 'Anonymitetsgrense (k)',
    kHint: 'Ingen resultater vises for en gruppe med færre svar enn dette.',
    saved: 'Lagret.',
    file: 'Undersøkelsesfil',
    saveAs: 'Lagre som …',
    download: 'Last ned en kopi',
  },
};
