/**
 * Report strings of the index chapter's table per unit (PDF and deck). Merged into ./report.ts.
 */
export const indexUnitsEn = {
  indexUnitsTitle: 'Index by {variable}',
  indexUnitCol: 'Unit',
  indexUnitIndexCol: 'Index',
  indexUnitNCol: 'n',
  indexUnitsNote:
    "Each unit's index is the mean score of its respondents under the one model of all the report's respondents (EPSI practice), so units are comparable. Units with fewer than {k} respondents are hidden, with one more where needed so that none can be worked out from the total.",
  indexUnitsAllHidden: 'No unit can be shown: hiding the small ones would not protect them.',
  indexNoteFiltered:
    "PLS path model of the study ({scheme} weighting), estimated on the respondents this report is for. Impact: what one point more in a driver gives in the index (its total effect, unstandardised, EPSI/ACSI convention); performance: the driver's score on 0–100.",
};

type IndexUnitStrings = Record<keyof typeof indexUnitsEn, string>;

export const indexUnitsNb: IndexUnitStrings = {
  indexUnitsTitle: 'Indeks etter {variable}',
  indexUnitCol: 'Enhet',
  indexUnitIndexCol: 'Indeks',
  indexUnitNCol: 'n',
  indexUnitsNote:
    'Hver enhets indeks er gjennomsnittsskåren til respondentene i enheten, beregnet med den ene modellen for alle respondentene i rapporten (EPSI-praksis), slik at enhetene kan sammenlignes. Enheter med færre enn {k} respondenter skjules, ved behov sammen med én til, slik at ingen kan regnes ut fra totalen.',
  indexUnitsAllHidden: 'Ingen enheter kan vises: å skjule de små ville ikke beskytte dem.',
  indexNoteFiltered:
    'PLS-stimodell for undersøkelsen ({scheme}-vekting), estimert på respondentene denne rapporten gjelder. Effekt: hva ett poeng mer i en driver gir i indeksen (totaleffekten, ustandardisert, EPSI/ACSI-konvensjon); prestasjon: driverens skår på 0–100.',
};

export const indexUnitsDa: IndexUnitStrings = {
  indexUnitsTitle: 'Indeks fordelt på {variable}',
  indexUnitCol: 'Enhed',
  indexUnitIndexCol: 'Indeks',
  indexUnitNCol: 'n',
  indexUnitsNote:
    'Hver enheds indeks er gennemsnitsscoren for enhedens respondenter, beregnet med den ene modellen for alle respondentene i rapporten (EPSI-praksis), så enhederne kan sammenlignes. Enheder med færre end {k} respondenter skjules, om nødvendigt sammen med én til, så ingen kan regnes ud fra totalen.',
  indexUnitsAllHidden: 'Ingen enheder kan vises: at skjule de små ville ikke beskytte dem.',
  indexNoteFiltered:
    'PLS-stimodel for undersøgelsen ({scheme}-vægtning), estimeret på de respondenter, rapporten gælder. Effekt: hvad ét point mere i en driver giver i indekset (totaleffekten, ustandardiseret, EPSI/ACSI-konvention); præstation: driverens score på 0–100.',
};
