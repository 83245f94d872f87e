import type { plsLive as en } from '../en/plsLive';

/** plsLive: norske tekster for tilfredshetsindeksen under livefilteret, per enhet og i presentasjonsmodus. */
export const plsLive: typeof en = {
  plsLive: {
    method:
      'PLS-stimodell ({{scheme}}-vekting) på studiens modell, estimert på den filtrerte gruppen, {{weighting}}; effekt: hvor mye ett poeng mer på driveren gir i indeksen (totaleffekt, EPSI/ACSI-konvensjon).',
    weighted: 'vektet som dashbordet (vektet PLS-SEM, undersøkelsesvektene i hvert trinn)',
    unweighted: 'uvektet',
    change: 'Siden {{year}}: {{diff}} poeng (95 %-intervall {{lo}} til {{hi}}; p = {{p}})',
    significant: 'en signifikant endring',
    notSignificant: 'innenfor det tilfeldigheter kan forklare',
    changeHidden: 'Endring siden {{year}}: vises ikke – færre enn {{k}} svar i denne gruppen det året.',
    changeRefused: 'Endring siden {{year}}: vises ikke for dette filteret.',
    byUnit: 'Indeks etter {{variable}}',
    unit: 'Enhet',
    index: 'Indeks',
    n: 'n',
    unitsNote:
      'Hver enhets indeks er gjennomsnittsskåren til respondentene i enheten, beregnet med modellen for hele gruppen (EPSI-praksis), slik at enhetene kan sammenlignes. Enheter med færre enn {{k}} svar skjules, ved behov sammen med én til, slik at ingen kan regnes ut fra totalen.',
    allUnitsHidden: 'Ingen enheter kan vises: å skjule de små ville ikke beskytte dem.',
    slide: 'Tilfredshetsindeks {{year}}',
    impacts: 'Hva som driver indeksen',
  },
};
