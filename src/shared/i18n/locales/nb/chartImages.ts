import type { Catalog } from '../en';

/** chartImages: norske tekster for diagrammets bildemeny (kopier, lagre som PNG). */
export const chartImages: Pick<Catalog, 'chartImages'> = {
  chartImages: {
    menu: 'Diagrambilde',
    label: 'Som på papir, i dobbel oppløsning',
    copy: 'Kopier bilde',
    save: 'Lagre PNG',
    copied: 'Bildet er kopiert',
    saved: 'PNG er lagret',
    failed: 'Bildet kunne ikke lages',
    base: 'Grunnlag: n = {{n}}',
  },
};
