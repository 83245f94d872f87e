import type { Catalog } from '../en';

/** dashboardMore: norske tekster for lojalitetskortet, kommentarpanelet og valg av vekting. */
export const dashboardMore: Pick<Catalog, 'dashboardMore'> = {
  dashboardMore: {
    loyalty: 'Lojalitet',
    loyaltyOne: 'snitt {{mean}} på {{min}}–{{max}} · n\u00a0=\u00a0{{n}}',
    loyaltyMany: 'Gjennomsnittlig indeks for {{count}} lojalitetsspørsmål · n\u00a0≥\u00a0{{n}}',
    weighting: 'Vekting',
    weightNone: 'Ingen',
    weightColumn: 'Vektkolonnen',
    weightRake: 'Populasjonsmål',
    weightRakeMissing: 'Legg inn populasjonsmål under Innstillinger → Vekting for å vekte til dem.',
    baseUnweighted: 'Grunnlag: {{n}} respondenter, uvektet.',
    baseWeighted:
      'Grunnlag: {{n}} respondenter; vektet total {{weighted}}; Kish effektiv n {{effective}} (designeffekt {{deff}}).',
    baseHidden: 'Grunnlaget er skjult: gruppen er under anonymitetsgrensen.',
    commentsTitle: 'Hva kundene skrev',
    commentsLead:
      'Alle åpne svar fra gruppen på skjermen. E-postadresser, telefonnumre og kontonumre er maskert.',
    commentsQuestion: 'Spørsmål',
    commentsAllQuestions: 'Alle åpne spørsmål',
    commentsUnit: 'Enhet',
    commentsAllUnits: 'Alle enheter',
    commentsWave: 'Måling',
    commentsNpsGroup: 'NPS-gruppe',
    commentsAllGroups: 'Alle',
    promoter: 'Ambassadører',
    passive: 'Passive',
    detractor: 'Kritikere',
    promoterOne: 'Ambassadør',
    passiveOne: 'Passiv',
    detractorOne: 'Kritiker',
    commentsSearch: 'Søk i kommentarene',
    commentsCount_one: '{{count}} kommentar',
    commentsCount_other: '{{count}} kommentarer',
    commentsShowing: 'Viser {{from}}–{{to}} av {{total}}',
    commentsNone: 'Ingen kommentarer passer.',
    commentsNoQuestion: 'Spørreskjemaet har ikke noe åpent spørsmål.',
    commentsMasked: 'personopplysninger maskert',
    commentsMore: 'Vis flere',
    commentsHidden: 'Kommentarer vises ikke for en gruppe med færre enn {{k}} respondenter.',
  },
};
