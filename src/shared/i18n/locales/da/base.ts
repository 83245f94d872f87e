import type { Catalog } from '../en';

/** base: Dansk. */
export const base: Pick<
  Catalog,
  'common' | 'languages' | 'start' | 'shell' | 'nav' | 'questionTypes' | 'roles'
> = {
  common: {
    add: 'Tilføj',
    cancel: 'Annuller',
    close: 'Luk',
    remove: 'Fjern',
    save: 'Gem',
    language: 'Sprog',
    areYouSure: 'Er du sikker?',
  },
  languages: { en: 'Engelsk', nb: 'Norsk (bokmål)', da: 'Dansk' },
  start: {
    headline: 'Kunderejser – målt og præsenteret.',
    lead: 'Byg spørgeskemaet langs kunderejsen, importér svarene, og vis resultaterne direkte for kundens ledelse.',
    sampleTitle: 'Ny her? Begynd med eksempelundersøgelsen',
    sampleText:
      'En komplet kundeundersøgelse for et nordisk forsikringsselskab, med svar: udforsk dashboardet og rapporten på et minut.',
    openSample: 'Åbn eksempelundersøgelsen',
    newStudy: 'Ny undersøgelse',
    client: 'Kunde',
    clientPlaceholder: 'f.eks. Nordlys Forsikring',
    title: 'Undersøgelsens titel',
    titlePlaceholder: 'f.eks. Kundetilfredshed 2026',
    languages: 'Spørgeskemaets sprog',
    create: 'Opret undersøgelse',
    openStudy: 'Åbn en undersøgelse',
    openFile: 'Åbn undersøgelsesfil …',
    dropStudy: 'Slip en .tpstudy-fil her',
    dropStudyHint: 'Undersøgelsen kopieres til appens datamappe og åbnes.',
    chooseFile: 'Vælg fil …',
    recent: 'Senest åbnede',
    noRecent: 'Der er ikke åbnet nogen undersøgelser endnu.',
    openedAt: 'Åbnet {{date}}',
  },
  shell: {
    wave: 'Måling',
    waveLabel: 'Måling {{year}}',
    noWaves: 'Ingen data endnu',
    close: 'Luk undersøgelsen',
  },
  nav: {
    dashboard: 'Dashboard',
    priorities: 'Prioriteringer',
    units: 'Enheder',
    questionnaire: 'Spørgeskema',
    data: 'Data',
    report: 'Rapport',
    settings: 'Indstillinger',
  },
  questionTypes: {
    rating: 'Vurdering',
    nps: 'NPS (0–10)',
    single: 'Ét valg',
    multi: 'Flere valg',
    text: 'Fritekst',
    number: 'Tal',
  },
  roles: {
    performance: 'Præstation',
    importance: 'Angivet vigtighed',
    'outcome-satisfaction': 'Samlet tilfredshed',
    'outcome-recommend': 'Anbefaling (NPS)',
    loyalty: 'Loyalitet',
    comment: 'Kommentar',
    segment: 'Baggrund (segment)',
    other: 'Andet',
  },
};
