import type { Catalog } from '../en';

/** trend: danske UI-tekster for udviklingen over alle målinger. */
export const trend: Pick<Catalog, 'trend'> = {
  trend: {
    title: 'Udvikling over alle målinger',
    lead: 'Tilfredshed, NPS, loyalitet og hvert kontaktpunkt i hver måling fra {{first}} til {{last}}, for den filtrerede gruppe.',
    oneWave: 'Udviklingen kræver mindst to målinger med svar.',
    kpis: 'Nøgletal (indeks 0–100)',
    nps: 'Net Promoter Score',
    touchpoints: 'Kontaktpunkter pr. måling',
    colName: 'Kontaktpunkt',
    vsPrevious: 'mod {{year}}',
    vsFirst: 'mod {{year}} (første)',
    hidden: 'Færre end {{k}} svar: vises ikke',
    significant: 'signifikant',
    wording: '† Stillet med en anden formulering i en tidligere måling; sammenlign med forsigtighed.',
    legend:
      '▲ ▼ og * markerer en signifikant ændring ({{tests}}; p justeret med Benjamini–Hochberg inden for hver måling, falsk fundrate {{alpha}} %). – færre end {{k}} svar, vises ikke.',
    base: 'n {{year}}',
  },
};
