import type { Catalog } from '../en';

/** errorHelp: titel og hvad brugeren kan gøre, for hver fejlkode. */
export const errorHelp: Pick<Catalog, 'errorHelp'> = {
  errorHelp: {
    details: 'Detaljer: {{message}}',
    INVALID_INPUT: {
      title: 'En værdi blev ikke godtaget',
      action: 'Kontrollér værdien nævnt nedenfor, og prøv igen.',
    },
    UNKNOWN_OPERATION: { title: 'Ikke tilgængelig i denne version', action: 'Opdatér Touchpoint Studio.' },
    UNAUTHORIZED: { title: 'Ingen adgang', action: 'Åbn appen igen fra den adresse, den skrev.' },
    BUSY: { title: 'Appen er optaget', action: 'Vent et øjeblik, og prøv igen.' },
    NOT_SUPPORTED: { title: 'Ikke tilgængelig her', action: 'Brug skrivebordsappen til dette.' },
    INTERNAL: {
      title: 'Noget gik galt inde i appen',
      action: 'Prøv igen; sker det igen, så send loggen til support.',
    },
    FILE_NOT_FOUND: {
      title: 'Filen blev ikke fundet',
      action: 'Kontrollér, at filen stadig findes, eller vælg den igen.',
    },
    FILE_EXISTS: { title: 'Filen findes allerede', action: 'Vælg et andet navn eller en anden mappe.' },
    STUDY_NOT_OPEN: { title: 'Undersøgelsen er lukket', action: 'Åbn undersøgelsen igen.' },
    STUDY_NOT_SQLITE: { title: 'Ikke en undersøgelsesfil', action: 'Vælg en .tpstudy-fil.' },
    STUDY_FOREIGN_SQLITE: { title: 'Ikke en Touchpoint Studio-fil', action: 'Vælg en .tpstudy-fil.' },
    STUDY_NEWER_VERSION: {
      title: 'Lavet med en nyere version',
      action: 'Opdatér Touchpoint Studio for at åbne den.',
    },
    STUDY_CORRUPT: {
      title: 'Undersøgelsesfilen er beskadiget',
      action: 'Åbn en sikkerhedskopi af undersøgelsen.',
    },
    QUESTION_CODE_TAKEN: { title: 'Koden er allerede brugt', action: 'Giv spørgsmålet en anden kode.' },
    NOT_FOUND: { title: 'Det findes ikke længere', action: 'Opdatér siden, og vælg igen.' },
    WAVE_NOT_FOUND: { title: 'Ingen sådan måling', action: 'Vælg en af undersøgelsens målinger.' },
    IMPORT_UNREADABLE: {
      title: 'Filen kunne ikke læses',
      action: 'Gem den som .xlsx eller .csv, og importér igen.',
    },
    IMPORT_NO_HEADER: { title: 'Ingen overskriftsrække', action: 'Sæt spørgsmålskoderne i første række.' },
    IMPORT_NO_MATCHING_COLUMNS: {
      title: 'Ingen kolonner passer',
      action: 'Navngiv kolonnerne med spørgeskemaets spørgsmålskoder.',
    },
    IMPORT_BAD_VALUES: {
      title: 'Værdier uden for skalaerne',
      action: 'Ret værdierne eller skalaerne, og importér igen.',
    },
    IMPORT_TOO_LARGE: { title: 'Filen er for stor', action: 'Del den op i mindre filer.' },
    IMPORT_DUPLICATE_FILE: {
      title: 'Allerede importeret',
      action: 'Intet at gøre: svarene er i undersøgelsen.',
    },
    IMPORT_CANCELLED: { title: 'Importen blev afbrudt', action: 'Start importen igen, når du er klar.' },
    IMPORT_DATE_RULE: {
      title: 'Datoformatet passer ikke',
      action: 'Vælg et af de datoformater, som kolonnens værdier passer til.',
    },
    ANALYSIS_NO_DATA: {
      title: 'Ingen svar at analysere',
      action: 'Udvid filteret, eller importér svar for denne måling.',
    },
    ANALYSIS_TOO_MANY_DRIVERS: { title: 'For mange drivere', action: 'Vælg færre drivere.' },
    ANALYSIS_TOO_FEW_RESPONDENTS: {
      title: 'For få respondenter',
      action: 'Udvid filteret, eller vælg færre drivere.',
    },
    ANALYSIS_NO_VARIANCE: { title: 'Alle svarede ens', action: 'Tag det spørgsmål ud af driverne.' },
    ANALYSIS_COLLINEAR: { title: 'Driverne måler det samme', action: 'Tag én af dem ud.' },
    ANALYSIS_NO_OUTCOME: {
      title: 'Intet udfaldsspørgsmål',
      action: 'Markér helhedsspørgsmålet i spørgeskemaet.',
    },
    ANALYSIS_NO_DRIVERS: {
      title: 'Ingen drivere',
      action: 'Markér kontaktpunkternes vurderinger som præstationsspørgsmål.',
    },
    WEIGHTING_NO_TARGETS: {
      title: 'Ingen vægtningsmål',
      action: 'Indtast dem under Indstillinger → Vægtning.',
    },
    WEIGHTING_TARGETS_INVALID: {
      title: 'Målene kan ikke bruges',
      action: 'Ret andelene under Indstillinger → Vægtning.',
    },
    REPORT_FAILED: {
      title: 'Rapporten kunne ikke laves',
      action: 'Prøv igen; sker det igen, så send loggen til support.',
    },
    REPORT_FILTER_REFUSED: { title: 'Rapport afvist for denne gruppe', action: 'Vælg en bredere gruppe.' },
    CODE_TAKEN: { title: 'Koden er allerede brugt', action: 'Vælg en anden kode.' },
    INVALID_REFERENCE: {
      title: 'Henviser til et manglende spørgsmål',
      action: 'Vælg et spørgsmål i denne undersøgelse.',
    },
    SCALE_DOES_NOT_FIT: {
      title: 'Skalaen passer ikke til svarene',
      action: 'Udvid skalaen, eller behold den gamle.',
    },
    QUESTION_WORDING_CHANGED: {
      title: 'Ordlyden er ændret',
      action: 'Angiv, om det er samme spørgsmål eller et nyt.',
    },
    NOTHING_TO_UNDO: { title: 'Intet at fortryde', action: 'Du behøver ikke gøre noget.' },
  },
};
