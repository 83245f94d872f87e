import type { Catalog } from '../en';

/** errorHelp: tittel og hva brukeren kan gjøre, for hver feilkode. */
export const errorHelp: Pick<Catalog, 'errorHelp'> = {
  errorHelp: {
    details: 'Detaljer: {{message}}',
    INVALID_INPUT: {
      title: 'En verdi ble ikke godtatt',
      action: 'Kontroller verdien som er nevnt nedenfor, og prøv igjen.',
    },
    UNKNOWN_OPERATION: {
      title: 'Ikke tilgjengelig i denne versjonen',
      action: 'Oppdater Touchpoint Studio.',
    },
    UNAUTHORIZED: { title: 'Ingen tilgang', action: 'Åpne appen på nytt fra adressen den skrev ut.' },
    BUSY: { title: 'Appen er opptatt', action: 'Vent litt og prøv igjen.' },
    NOT_SUPPORTED: { title: 'Ikke tilgjengelig her', action: 'Bruk skrivebordsappen til dette.' },
    INTERNAL: {
      title: 'Noe gikk galt inne i appen',
      action: 'Prøv igjen; skjer det igjen, send loggen til brukerstøtte.',
    },
    FILE_NOT_FOUND: {
      title: 'Fant ikke filen',
      action: 'Kontroller at filen fortsatt finnes, eller velg den på nytt.',
    },
    FILE_EXISTS: { title: 'Filen finnes allerede', action: 'Velg et annet navn eller en annen mappe.' },
    STUDY_NOT_OPEN: { title: 'Studien er lukket', action: 'Åpne studien igjen.' },
    STUDY_NOT_SQLITE: { title: 'Ikke en studiefil', action: 'Velg en .tpstudy-fil.' },
    STUDY_FOREIGN_SQLITE: { title: 'Ikke en Touchpoint Studio-fil', action: 'Velg en .tpstudy-fil.' },
    STUDY_NEWER_VERSION: {
      title: 'Laget med en nyere versjon',
      action: 'Oppdater Touchpoint Studio for å åpne den.',
    },
    STUDY_CORRUPT: { title: 'Studiefilen er skadet', action: 'Åpne en sikkerhetskopi av studien.' },
    QUESTION_CODE_TAKEN: { title: 'Koden er allerede brukt', action: 'Gi spørsmålet en annen kode.' },
    NOT_FOUND: { title: 'Det finnes ikke lenger', action: 'Oppdater siden og velg på nytt.' },
    WAVE_NOT_FOUND: { title: 'Ingen slik måling', action: 'Velg en av studiens målinger.' },
    IMPORT_UNREADABLE: {
      title: 'Filen kunne ikke leses',
      action: 'Lagre den som .xlsx eller .csv og importer på nytt.',
    },
    IMPORT_NO_HEADER: { title: 'Ingen overskriftsrad', action: 'Sett spørsmålskodene i første rad.' },
    IMPORT_NO_MATCHING_COLUMNS: {
      title: 'Ingen kolonner passer',
      action: 'Gi kolonnene spørreskjemaets spørsmålskoder som navn.',
    },
    IMPORT_BAD_VALUES: {
      title: 'Verdier utenfor skalaene',
      action: 'Rett verdiene eller skalaene, og importer på nytt.',
    },
    IMPORT_TOO_LARGE: { title: 'Filen er for stor', action: 'Del den opp i mindre filer.' },
    IMPORT_DUPLICATE_FILE: {
      title: 'Allerede importert',
      action: 'Ingenting å gjøre: svarene ligger i studien.',
    },
    IMPORT_CANCELLED: { title: 'Importen ble avbrutt', action: 'Start importen på nytt når du er klar.' },
    IMPORT_DATE_RULE: {
      title: 'Datoformatet passer ikke',
      action: 'Velg et av datoformatene som verdiene i kolonnen passer med.',
    },
    ANALYSIS_NO_DATA: {
      title: 'Ingen svar å analysere',
      action: 'Utvid filteret eller importer svar for denne målingen.',
    },
    ANALYSIS_TOO_MANY_DRIVERS: { title: 'For mange drivere', action: 'Velg færre drivere.' },
    ANALYSIS_TOO_FEW_RESPONDENTS: {
      title: 'For få respondenter',
      action: 'Utvid filteret eller velg færre drivere.',
    },
    ANALYSIS_NO_VARIANCE: { title: 'Alle svarte likt', action: 'Ta det spørsmålet ut av driverne.' },
    ANALYSIS_COLLINEAR: { title: 'Driverne måler det samme', action: 'Ta ut én av dem.' },
    ANALYSIS_NO_OUTCOME: {
      title: 'Ikke noe utfallsspørsmål',
      action: 'Merk helhetsspørsmålet i spørreskjemaet.',
    },
    ANALYSIS_NO_DRIVERS: {
      title: 'Ingen drivere',
      action: 'Merk kontaktpunktenes vurderinger som ytelsesspørsmål.',
    },
    WEIGHTING_NO_TARGETS: {
      title: 'Ingen vektingsmål',
      action: 'Legg dem inn under Innstillinger → Vekting.',
    },
    WEIGHTING_TARGETS_INVALID: {
      title: 'Målene kan ikke brukes',
      action: 'Rett andelene under Innstillinger → Vekting.',
    },
    REPORT_FAILED: {
      title: 'Rapporten kunne ikke lages',
      action: 'Prøv igjen; skjer det igjen, send loggen til brukerstøtte.',
    },
    REPORT_FILTER_REFUSED: { title: 'Rapport avvist for denne gruppen', action: 'Velg en bredere gruppe.' },
    CODE_TAKEN: { title: 'Koden er allerede brukt', action: 'Velg en annen kode.' },
    INVALID_REFERENCE: {
      title: 'Viser til et spørsmål som mangler',
      action: 'Velg et spørsmål i denne studien.',
    },
    SCALE_DOES_NOT_FIT: {
      title: 'Skalaen passer ikke til svarene',
      action: 'Utvid skalaen eller behold den gamle.',
    },
    QUESTION_WORDING_CHANGED: {
      title: 'Ordlyden er endret',
      action: 'Si om det er samme spørsmål eller et nytt.',
    },
    NOTHING_TO_UNDO: { title: 'Ingenting å angre', action: 'Du trenger ikke gjøre noe.' },
  },
};
