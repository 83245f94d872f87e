import type { Catalog } from '../en';

/** chartImages: danske tekster til diagrammets billedmenu (kopiér, gem som PNG). */
export const chartImages: Pick<Catalog, 'chartImages'> = {
  chartImages: {
    menu: 'Diagrambillede',
    label: 'Som på papir, i dobbelt opløsning',
    copy: 'Kopiér billede',
    save: 'Gem PNG',
    copied: 'Billedet er kopieret',
    saved: 'PNG er gemt',
    failed: 'Billedet kunne ikke laves',
    base: 'Grundlag: n = {{n}}',
  },
};
