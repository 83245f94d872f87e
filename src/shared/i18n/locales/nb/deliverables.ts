import type { Catalog } from '../en';

/** deliverables: Norsk bokmål. */
export const deliverables: Pick<Catalog, 'deliverables'> = {
  deliverables: {
    lead: 'Alt kunden får, fra de samme tallene: PDF-rapporten, en redigerbar PowerPoint-presentasjon og resultattabellene i Excel.',
    pdfTitle: 'PDF-rapport',
    pdfText:
      'Rapporten med kundens profil: oversikt, kundereise, endring, prioriteringer, drivere, enheter, kommentarer og metode.',
    pptxTitle: 'PowerPoint-presentasjon',
    pptxText:
      'Lysbilder i 16:9 med kundens farger, ekte diagrammer med data du kan redigere i PowerPoint, tabeller og talernotater med grunnlag, tester og hva som er skjult.',
    xlsxTitle: 'Excel-tabeller',
    xlsxText:
      'Hver resultattabell på sitt eget ark: tall som tall, n ved hvert tall, signifikans med testen navngitt og skjulte celler markert.',
    exportPptx: 'Eksporter PowerPoint',
    exportXlsx: 'Eksporter Excel',
    working: 'Lager filen … {{seconds}} s',
    deckDone_one: '{{name}} er klar ({{count}} lysbilde).',
    deckDone_other: '{{name}} er klar ({{count}} lysbilder).',
    tablesDone_one: '{{name}} er klar ({{count}} ark).',
    tablesDone_other: '{{name}} er klar ({{count}} ark).',
    anonymity:
      'Hver eksport viser det rapporten viser og ikke mer: en gruppe med færre svar enn anonymitetsgrensen markeres som skjult og telles aldri.',
  },
};
