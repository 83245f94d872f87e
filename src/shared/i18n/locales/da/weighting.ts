import type { Catalog } from '../en';

/** weighting: danske tekster til vægtningsmålene (Indstillinger → Vægtning). */
export const weighting: Pick<Catalog, 'weighting'> = {
  weighting: {
    title: 'Vægtning til populationen',
    lead: 'Når respondenterne fordeler sig anderledes end kundebasen, indtaster du de kendte andele i populationen for en baggrundsvariabel. Resultaterne vægtes så til dem med raking (Deming–Stephan), og det står ved resultaterne.',
    none: 'Der er ikke sat mål: resultaterne er uvægtede.',
    current: 'Nuværende mål',
    effective:
      'Måling {{year}}: effektivt n {{effective}} af {{n}} respondenter (designeffekt {{deff}}); {{excluded}} udeladt, fordi de mangler svar.',
    effectiveHidden:
      'Måling {{year}}: de vægtede resultater er skjult (effektivt n er under anonymitetsgrænsen).',
    edit: 'Redigér mål',
    set: 'Sæt mål',
    remove: 'Fjern målene',
    removed: 'Målene er fjernet: resultaterne er uvægtede.',
    saved: 'Målene er gemt: resultaterne er nu vægtede.',
    variable: 'Baggrundsvariabel',
    variablePlaceholder: 'Vælg en variabel',
    addVariable: 'Tilføj endnu en variabel',
    removeVariable: 'Fjern {{variable}}',
    share: 'Andel {{option}} i populationen (%)',
    sum: 'I alt: {{sum}} %',
    cancel: 'Annullér',
    save: 'Gem målene',
    noVariables: 'Spørgeskemaet har ingen baggrundsvariabel med svarmuligheder at vægte efter.',
    errorChoose: 'Vælg en baggrundsvariabel i hver række.',
    errorTwice: '{{variable}} er valgt to gange.',
    errorEmpty: 'Indtast en andel for hver svarmulighed af {{variable}} (0 for ingen).',
    errorRange: 'En andel for {{variable}} ligger uden for 0–100 %.',
    errorSum: 'Andelene for {{variable}} summerer til {{sum}} %; de skal summere til 100 %.',
    colTarget: 'Population',
    colSample: 'Stikprøve',
    colWeighted: 'Vægtet',
    badge: 'Vægtet',
    dashboardWeighted: 'Vægtet til populationsmålene · effektivt n {{effective}} af {{n}}',
  },
};
