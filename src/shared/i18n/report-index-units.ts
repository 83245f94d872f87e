/**
 * Report strings of the index chapter's table per unit (PDF and deck). Merged into ./report.ts.
 */
export const indexUnitsEn = {
  indexUnitsTitle: 'Index by {variable}',
  indexUnitCol: 'Unit',
  indexUnitIndexCol: 'Index',
  indexUnitNCol: 'n',
  indexUnitsNote:
    "Each unit's index is the mean score of its respondents under the model of all respondents (EPSI practice), so units are comparable. Units with fewer than {k} respondents are hidden, with one more where needed so that none can be worked out from the total.",
  indexUnitsAllHidden: 'No unit can be shown: hiding the small ones would not protect them.',
};

type IndexUnitStrings = Record<keyof typeof indexUnitsEn, string>;

export const indexUnitsNb: IndexUnitStrings = {
  indexUnitsTitle: 'Indeks etter {variable}',
  indexUnitCol: 'Enhet',
  indexUnitIndexCol: 'Indeks',
  indexUnitNCol: 'n',
  indexUnitsNote:
    'Hver enhets indeks er gjennomsnittsskåren til respondentene i enheten, beregnet med modellen for alle respondenter (EPSI-praksis), slik at enhetene kan sammenlignes. Enheter med færre enn {k} respondenter skjules, ved behov sammen med én til, slik at ingen kan regnes ut fra totalen.',
  indexUnitsAllHidden: 'Ingen enheter kan vises: å skjule de små ville ikke beskytte dem.',
};

export const indexUnitsDa: IndexUnitStrings = {
  indexUnitsTitle: 'Indeks fordelt på {variable}',
  indexUnitCol: 'Enhed',
  indexUnitIndexCol: 'Indeks',
  indexUnitNCol: 'n',
  indexUnitsNote:
    'Hver enheds indeks er gennemsnitsscoren for enhedens respondenter, beregnet med modellen for alle respondenter (EPSI-praksis), så enhederne kan sammenlignes. Enheder med færre end {k} respondenter skjules, om nødvendigt sammen med én til, så ingen kan regnes ud fra totalen.',
  indexUnitsAllHidden: 'Ingen enheder kan vises: at skjule de små ville ikke beskytte dem.',
};
