import type { Catalog } from '../en';

/** map: danske tekster til vigtighed–præstation-kortet og prioriteringslisten. */
export const map: Pick<Catalog, 'map'> = {
  map: {
    rule: {
      mean: 'Linjerne står ved den gennemsnitlige vigtighed {{importance}} og den gennemsnitlige præstation {{performance}}.',
      median: 'Linjerne står ved medianen for vigtighed {{importance}} og for præstation {{performance}}.',
      midpoint: 'Linjerne står midt på skalaerne: vigtighed {{importance}}, præstation {{performance}}.',
      values: 'Linjerne står ved de valgte værdier: vigtighed {{importance}}, præstation {{performance}}.',
    },
    colScore: 'Prioritet (SA)',
    scoreNote:
      'Prioritet (SA) = hvor langt vigtigheden ligger over sin linje minus hvor langt præstationen ligger over sin, begge i standardafvigelser mellem kontaktpunkterne; over 0 ligger vigtigheden foran præstationen.',
    rankingRule: 'Rangeret efter kvadrant (»{{first}}« først), derefter efter prioritetsscore, størst først.',
  },
};
