import type { Catalog } from '../en';

/** map: norske tekster for viktighet–ytelse-kartet og prioriteringslisten. */
export const map: Pick<Catalog, 'map'> = {
  map: {
    rule: {
      mean: 'Linjene står ved gjennomsnittlig viktighet {{importance}} og gjennomsnittlig ytelse {{performance}}.',
      median: 'Linjene står ved median viktighet {{importance}} og median ytelse {{performance}}.',
      midpoint: 'Linjene står midt på skalaene: viktighet {{importance}}, ytelse {{performance}}.',
      values: 'Linjene står ved de valgte verdiene: viktighet {{importance}}, ytelse {{performance}}.',
    },
    colScore: 'Prioritet (SA)',
    scoreNote:
      'Prioritet (SA) = hvor langt viktigheten ligger over sin linje minus hvor langt ytelsen ligger over sin, begge i standardavvik mellom kontaktpunktene; over 0 ligger viktigheten foran ytelsen.',
    rankingRule: 'Rangert etter kvadrant («{{first}}» først), deretter etter prioritetsskår, størst først.',
  },
};
