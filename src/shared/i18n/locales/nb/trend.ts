import type { Catalog } from '../en';

/** trend: norske UI-tekster for utviklingen over alle målinger. */
export const trend: Pick<Catalog, 'trend'> = {
  trend: {
    title: 'Utvikling over alle målinger',
    lead: 'Tilfredshet, NPS, lojalitet og hvert kontaktpunkt i hver måling fra {{first}} til {{last}}, for den filtrerte gruppen.',
    oneWave: 'Utviklingen krever minst to målinger med svar.',
    kpis: 'Nøkkeltall (indeks 0–100)',
    nps: 'Net Promoter Score',
    touchpoints: 'Kontaktpunkter per måling',
    colName: 'Kontaktpunkt',
    vsPrevious: 'mot {{year}}',
    vsFirst: 'mot {{year}} (første)',
    hidden: 'Færre enn {{k}} svar: vises ikke',
    significant: 'signifikant',
    wording: '† Stilt med annen ordlyd i en tidligere måling; sammenlign med forsiktighet.',
    legend:
      '▲ ▼ og * markerer en signifikant endring ({{tests}}; p justert med Benjamini–Hochberg innen hver måling, falsk funnrate {{alpha}} %). – færre enn {{k}} svar, vises ikke.',
    base: 'n {{year}}',
  },
};
