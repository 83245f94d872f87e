import type { Catalog } from '../en';

/** perUnit: norske tekster for «én rapport per enhet» på rapportsiden. */
export const perUnit: Pick<Catalog, 'perUnit'> = {
  perUnit: {
    title: 'Én rapport per enhet',
    text: 'Velg en bakgrunnsvariabel (et kontor, en region): hver enhet får sin egen rapport (PDF eller PowerPoint), alle i én zip-fil. Undersøkelsens egen rapport er helheten å sammenligne med.',
    variable: 'Bakgrunnsvariabel',
    choose: 'Velg en bakgrunnsvariabel',
    export: 'Eksporter rapporter',
    done_one: '{{count}} rapport ligger i zip-filen.',
    done_other: '{{count}} rapporter ligger i zip-filen.',
    none: 'Ingen enhet kan få en egen rapport.',
    skippedLead: 'Uten rapport:',
    reason: {
      'under-k': 'færre enn {{k}} respondenter',
      subtraction:
        'holdt tilbake, så enhetene over ikke kan regnes ut som helheten minus de rapporterte enhetene',
      differencing:
        'avvist: sammen med resultater som alt er vist, ville den avsløre en gruppe på færre enn {{k}}',
    },
  },
};
