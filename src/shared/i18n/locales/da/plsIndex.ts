import type { plsIndex as en } from '../en/plsIndex';

/** plsIndex: danske tekster til det EPSI-lignende tilfredshedsindeks (PLS-stimodel). */
export const plsIndex: typeof en = {
  plsIndex: {
    title: 'Tilfredshedsindeks {{year}} (EPSI-model)',
    of: '{{target}} på skala 0–100',
    ci: '95 % interval {{lo}}–{{hi}} (bootstrap, {{b}} træk); n = {{n}}',
    n: 'n = {{n}}',
    driver: 'Driver',
    impact: 'Effekt af +1 point',
    performance: 'Præstation (0–100)',
    notConverged: 'Konvergerede ikke',
    failed: 'Indekset kunne ikke beregnes.',
  },
};
