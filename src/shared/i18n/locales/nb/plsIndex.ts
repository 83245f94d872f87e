import type { plsIndex as en } from '../en/plsIndex';

/** plsIndex: norske tekster for den EPSI-lignende tilfredshetsindeksen (PLS-stimodell). */
export const plsIndex: typeof en = {
  plsIndex: {
    title: 'Tilfredshetsindeks {{year}} (EPSI-modell)',
    of: '{{target}} på skala 0–100',
    ci: '95 % intervall {{lo}}–{{hi}} (bootstrap, {{b}} trekk); n = {{n}}',
    n: 'n = {{n}}',
    driver: 'Driver',
    impact: 'Effekt av +1 poeng',
    performance: 'Prestasjon (0–100)',
    notConverged: 'Konvergerte ikke',
    failed: 'Indeksen kunne ikke beregnes.',
  },
};
