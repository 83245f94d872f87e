import type { Catalog } from '../en';

/** base: Norsk bokmål. */
export const base: Pick<
  Catalog,
  'common' | 'languages' | 'start' | 'shell' | 'nav' | 'questionTypes' | 'roles'
> = {
  common: {
    add: 'Legg til',
    cancel: 'Avbryt',
    close: 'Lukk',
    remove: 'Fjern',
    save: 'Lagre',
    language: 'Språk',
    areYouSure: 'Er du sikker?',
  },
  languages: { en: 'Engelsk', nb: 'Norsk (bokmål)', da: 'Dansk' },
  start: {
    headline: 'Kundereiser – målt og presentert.',
    lead: 'Lag spørreskjemaet langs kundereisen, importer svarene og vis resultatene direkte for kundens ledelse.',
    sampleTitle: 'Ny her? Begynn med eksempelundersøkelsen',
    sampleText:
      'En komplett kundeundersøkelse for et nordisk forsikringsselskap, med svar: utforsk dashbordet og rapporten på et minutt.',
    openSample: 'Åpne eksempelundersøkelsen',
    newStudy: 'Ny undersøkelse',
    client: 'Kunde',
    clientPlaceholder: 'f.eks. Nordlys Forsikring',
    title: 'Tittel på undersøkelsen',
    titlePlaceholder: 'f.eks. Kundetilfredshet 2026',
    languages: 'Språk i spørreskjemaet',
    create: 'Opprett undersøkelse',
    openStudy: 'Åpne en undersøkelse',
    openFile: 'Åpne undersøkelsesfil …',
    dropStudy: 'Slipp en .tpstudy-fil her',
    dropStudyHint: 'Undersøkelsen kopieres til appens datamappe og åpnes.',
    chooseFile: 'Velg fil …',
    recent: 'Nylig åpnet',
    noRecent: 'Ingen undersøkelser er åpnet ennå.',
    openedAt: 'Åpnet {{date}}',
  },
  shell: {
    wave: 'Måling',
    waveLabel: 'Måling {{year}}',
    noWaves: 'Ingen data ennå',
    close: 'Lukk undersøkelsen',
  },
  nav: {
    dashboard: 'Dashbord',
    priorities: 'Prioriteringer',
    units: 'Enheter',
    questionnaire: 'Spørreskjema',
    data: 'Data',
    report: 'Rapport',
    settings: 'Innstillinger',
  },
  questionTypes: {
    rating: 'Vurdering',
    nps: 'NPS (0–10)',
    single: 'Ett valg',
    multi: 'Flere valg',
    text: 'Fritekst',
    number: 'Tall',
  },
  roles: {
    performance: 'Prestasjon',
    importance: 'Oppgitt viktighet',
    'outcome-satisfaction': 'Total tilfredshet',
    'outcome-recommend': 'Anbefaling (NPS)',
    loyalty: 'Lojalitet',
    comment: 'Kommentar',
    segment: 'Bakgrunn (segment)',
    other: 'Annet',
  },
};
