import type { Catalog } from '../en';

/** dashboardMore: danske tekster til loyalitetskortet, kommentarpanelet og valg af vægtning. */
export const dashboardMore: Pick<Catalog, 'dashboardMore'> = {
  dashboardMore: {
    loyalty: 'Loyalitet',
    loyaltyOne: 'gennemsnit {{mean}} på {{min}}–{{max}} · n\u00a0=\u00a0{{n}}',
    loyaltyMany: 'Gennemsnitligt indeks for {{count}} loyalitetsspørgsmål · n\u00a0≥\u00a0{{n}}',
    weighting: 'Vægtning',
    weightNone: 'Ingen',
    weightColumn: 'Vægtkolonnen',
    weightRake: 'Populationsmål',
    weightRakeMissing: 'Indtast populationsmål under Indstillinger → Vægtning for at vægte til dem.',
    baseUnweighted: 'Grundlag: {{n}} respondenter, uvægtet.',
    baseWeighted:
      'Grundlag: {{n}} respondenter; vægtet total {{weighted}}; Kish effektiv n {{effective}} (designeffekt {{deff}}).',
    baseHidden: 'Grundlaget er skjult: gruppen er under anonymitetsgrænsen.',
    commentsTitle: 'Hvad kunderne skrev',
    commentsLead:
      'Alle åbne svar fra gruppen på skærmen. E-mailadresser, telefonnumre og kontonumre er maskeret.',
    commentsQuestion: 'Spørgsmål',
    commentsAllQuestions: 'Alle åbne spørgsmål',
    commentsUnit: 'Enhed',
    commentsAllUnits: 'Alle enheder',
    commentsWave: 'Måling',
    commentsNpsGroup: 'NPS-gruppe',
    commentsAllGroups: 'Alle',
    promoter: 'Ambassadører',
    passive: 'Passive',
    detractor: 'Kritikere',
    promoterOne: 'Ambassadør',
    passiveOne: 'Passiv',
    detractorOne: 'Kritiker',
    commentsSearch: 'Søg i kommentarerne',
    commentsCount_one: '{{count}} kommentar',
    commentsCount_other: '{{count}} kommentarer',
    commentsShowing: 'Viser {{from}}–{{to}} af {{total}}',
    commentsNone: 'Ingen kommentarer passer.',
    commentsNoQuestion: 'Spørgeskemaet har intet åbent spørgsmål.',
    commentsMasked: 'personoplysninger maskeret',
    commentsMore: 'Vis flere',
    commentsHidden: 'Kommentarer vises ikke for en gruppe på færre end {{k}} respondenter.',
  },
};
