import type { Catalog } from '../en';

/** deliverables: Dansk. */
export const deliverables: Pick<Catalog, 'deliverables'> = {
  deliverables: {
    lead: 'Alt, kunden får, fra de samme tal: PDF-rapporten, en redigerbar PowerPoint-præsentation og resultattabellerne i Excel.',
    pdfTitle: 'PDF-rapport',
    pdfText:
      'Rapporten med kundens profil: overblik, kunderejse, ændring, prioriteringer, drivere, enheder, kommentarer og metode.',
    pptxTitle: 'PowerPoint-præsentation',
    pptxText:
      'Dias i 16:9 i kundens farver med ægte diagrammer, hvis data du kan redigere i PowerPoint, tabeller og noter med grundlag, test og hvad der er skjult.',
    xlsxTitle: 'Excel-tabeller',
    xlsxText:
      'Hver resultattabel på sit eget ark: tal som tal, n ved hvert tal, signifikans med testen nævnt og skjulte celler markeret.',
    exportPptx: 'Eksportér PowerPoint',
    exportXlsx: 'Eksportér Excel',
    working: 'Laver filen … {{seconds}} s',
    deckDone_one: '{{name}} er klar ({{count}} dias).',
    deckDone_other: '{{name}} er klar ({{count}} dias).',
    tablesDone_one: '{{name}} er klar ({{count}} ark).',
    tablesDone_other: '{{name}} er klar ({{count}} ark).',
    anonymity:
      'Hver eksport viser det, rapporten viser, og ikke mere: en gruppe med færre svar end anonymitetsgrænsen markeres som skjult og tælles aldrig.',
  },
};
