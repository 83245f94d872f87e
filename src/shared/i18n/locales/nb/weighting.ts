import type { Catalog } from '../en';

/** weighting: norske tekster for vektingsmålene (Innstillinger → Vekting). */
export const weighting: Pick<Catalog, 'weighting'> = {
  weighting: {
    title: 'Vekting til populasjonen',
    lead: 'Når respondentene fordeler seg annerledes enn kundemassen, fyller du inn de kjente andelene i populasjonen for en bakgrunnsvariabel. Resultatene vektes da til dem med raking (Deming–Stephan), og det står ved resultatene.',
    none: 'Ingen mål er satt: resultatene er uvektet.',
    current: 'Gjeldende mål',
    effective:
      'Måling {{year}}: effektiv n {{effective}} av {{n}} respondenter (designeffekt {{deff}}); {{excluded}} utelatt fordi de mangler svar.',
    effectiveHidden:
      'Måling {{year}}: de vektede resultatene er skjult (effektiv n er under anonymitetsgrensen).',
    edit: 'Endre mål',
    set: 'Sett mål',
    remove: 'Fjern målene',
    removed: 'Målene er fjernet: resultatene er uvektet.',
    saved: 'Målene er lagret: resultatene er nå vektet.',
    variable: 'Bakgrunnsvariabel',
    variablePlaceholder: 'Velg en variabel',
    addVariable: 'Legg til en variabel til',
    removeVariable: 'Fjern {{variable}}',
    share: 'Andel {{option}} i populasjonen (%)',
    sum: 'Sum: {{sum}} %',
    cancel: 'Avbryt',
    save: 'Lagre målene',
    noVariables: 'Spørreskjemaet har ingen bakgrunnsvariabel med svaralternativer å vekte etter.',
    errorChoose: 'Velg en bakgrunnsvariabel på hver rad.',
    errorTwice: '{{variable}} er valgt to ganger.',
    errorEmpty: 'Fyll inn en andel for hvert alternativ av {{variable}} (0 for ingen).',
    errorRange: 'En andel for {{variable}} er utenfor 0–100 %.',
    errorSum: 'Andelene for {{variable}} summerer til {{sum}} %; de må summere til 100 %.',
    colTarget: 'Populasjon',
    colSample: 'Utvalg',
    colWeighted: 'Vektet',
    badge: 'Vektet',
    dashboardWeighted: 'Vektet til populasjonsmålene · effektiv n {{effective}} av {{n}}',
  },
};
