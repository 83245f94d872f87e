import type { plsLive as en } from '../en/plsLive';

/** plsLive: danske tekster til tilfredshedsindekset under livefilteret, pr. enhed og i præsentationstilstand. */
export const plsLive: typeof en = {
  plsLive: {
    method:
      'PLS-stimodel ({{scheme}}-vægtning) på undersøgelsens model, estimeret på den filtrerede gruppe, {{weighting}}; effekt: hvor meget ét point mere på driveren giver i indekset (totaleffekt, EPSI/ACSI-konvention).',
    weighted: 'vægtet som dashboardet (vægtet PLS-SEM, undersøgelsesvægtene i hvert trin)',
    unweighted: 'uvægtet',
    change: 'Siden {{year}}: {{diff}} point (95 %-interval {{lo}} til {{hi}}; p = {{p}})',
    significant: 'en signifikant ændring',
    notSignificant: 'inden for hvad tilfældigheder kan forklare',
    changeHidden: 'Ændring siden {{year}}: vises ikke – færre end {{k}} svar i denne gruppe det år.',
    changeRefused: 'Ændring siden {{year}}: vises ikke for dette filter.',
    byUnit: 'Indeks fordelt på {{variable}}',
    unit: 'Enhed',
    index: 'Indeks',
    n: 'n',
    unitsNote:
      'Hver enheds indeks er gennemsnitsscoren for enhedens respondenter, beregnet med modellen for hele gruppen (EPSI-praksis), så enhederne kan sammenlignes. Enheder med færre end {{k}} svar skjules, om nødvendigt sammen med én til, så ingen kan regnes ud fra totalen.',
    allUnitsHidden: 'Ingen enheder kan vises: at skjule de små ville ikke beskytte dem.',
    slide: 'Tilfredshedsindeks {{year}}',
    impacts: 'Hvad der driver indekset',
  },
};
