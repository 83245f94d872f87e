import type { Catalog } from '../en';

/** perUnit: danske tekster til «én rapport pr. enhed» på rapportsiden. */
export const perUnit: Pick<Catalog, 'perUnit'> = {
  perUnit: {
    title: 'Én rapport pr. enhed',
    text: 'Vælg en baggrundsvariabel (en afdeling, en region): hver enhed får sin egen rapport (PDF eller PowerPoint), alle i én zip-fil. Undersøgelsens egen rapport er helheden at sammenligne med.',
    variable: 'Baggrundsvariabel',
    choose: 'Vælg en baggrundsvariabel',
    export: 'Eksportér rapporter',
    done_one: '{{count}} rapport ligger i zip-filen.',
    done_other: '{{count}} rapporter ligger i zip-filen.',
    none: 'Ingen enhed kan få sin egen rapport.',
    skippedLead: 'Uden rapport:',
    reason: {
      'under-k': 'færre end {{k}} respondenter',
      subtraction:
        'holdt tilbage, så enhederne ovenfor ikke kan regnes ud som helheden minus de rapporterede enheder',
      differencing:
        'afvist: sammen med resultater, der allerede er vist, ville den afsløre en gruppe på færre end {{k}}',
    },
  },
};
