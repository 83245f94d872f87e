import type { Catalog } from '../en';

/** errors: Dansk. */
export const errors: Pick<Catalog, 'errors'> = {
  errors: {
    INVALID_INPUT: 'Noget af det indtastede er ikke gyldigt.',
    UNKNOWN_OPERATION: 'Denne version af appen kan ikke gøre det endnu.',
    BUSY: 'Appen er optaget af andre forespørgsler. Prøv igen om et øjeblik.',
    UNAUTHORIZED: 'Ingen adgang. Åbn appen igen fra den adresse, den udskrev.',
    NOT_SUPPORTED: 'Ikke tilgængelig i denne version af appen.',
    INTERNAL: 'Der gik noget galt i appen. Detaljerne står i loggen; meld gerne fejlen.',
    FILE_NOT_FOUND: 'Filen blev ikke fundet.',
    FILE_EXISTS: 'Der findes allerede en fil med det navn.',
    STUDY_NOT_OPEN: 'Undersøgelsen er ikke længere åben. Åbn den igen.',
    STUDY_NOT_SQLITE: 'Dette er ikke en undersøgelsesfil.',
    STUDY_FOREIGN_SQLITE: 'Denne database er ikke lavet af Touchpoint Studio.',
    STUDY_NEWER_VERSION:
      'Undersøgelsen er gemt af en nyere version af Touchpoint Studio. Opdatér appen for at åbne den.',
    STUDY_CORRUPT: 'Undersøgelsesfilen er beskadiget.',
    QUESTION_CODE_TAKEN: 'Denne spørgsmålskode er allerede i brug.',
    QUESTION_WORDING_CHANGED:
      'Svar på dette spørgsmål er allerede importeret: angiv, om den nye tekst er samme spørgsmål eller et nyt.',
    CODE_TAKEN: 'Den kode er allerede brugt i undersøgelsen.',
    INVALID_REFERENCE: 'Spørgsmålet, der henvises til, findes ikke i undersøgelsen.',
    SCALE_DOES_NOT_FIT: 'Den nye skala passer ikke til de svar, der allerede er importeret til spørgsmålet.',
    NOTHING_TO_UNDO: 'Der er intet at fortryde.',
    NOT_FOUND: 'Den findes ikke længere.',
    WAVE_NOT_FOUND: 'Denne måling findes ikke i undersøgelsen.',
    IMPORT_UNREADABLE: 'Filen kunne ikke læses som et regneark.',
    IMPORT_NO_HEADER: 'Filen har ingen overskriftsrække.',
    IMPORT_NO_MATCHING_COLUMNS: 'Ingen kolonner i filen svarer til en spørgsmålskode i spørgeskemaet.',
    IMPORT_BAD_VALUES: 'Filen indeholder værdier uden for spørgsmålenes skalaer.',
    IMPORT_TOO_LARGE: 'Filen er for stor til at blive importeret.',
    IMPORT_DUPLICATE_FILE: 'Denne fil er allerede importeret.',
    IMPORT_CANCELLED: 'Importen blev afbrudt; intet blev ændret.',
    IMPORT_DATE_RULE: 'Datoerne i kolonnen {{column}} kan ikke læses som {{rule}}.',
    ANALYSIS_NO_DATA: 'Der er ingen svar at analysere for dette udvalg.',
    ANALYSIS_TOO_MANY_DRIVERS:
      '{{drivers}} drivere: eksakt Shapley tager højst {{max}}. Gruppér driverne efter rejsefase, vælg færre, eller læs de relative vægte.',
    ANALYSIS_TOO_FEW_RESPONDENTS:
      'Kun {{n}} respondenter svarede på alle de spørgsmål, analysen har brug for. Vælg færre drivere, brug parvis udeladelse eller udvid filteret.',
    ANALYSIS_NO_VARIANCE:
      'Alle respondenter gav samme svar på {{question}}, så spørgsmålet kan ikke forklare noget. Tag det ud af driverne.',
    ANALYSIS_COLLINEAR:
      'To eller flere drivere måler det samme (svarene følger hinanden helt). Tag én af dem ud.',
    ANALYSIS_NO_OUTCOME:
      'Undersøgelsen har intet spørgsmål om samlet tilfredshed eller anbefaling at forklare. Markér ét i spørgeskemaet.',
    ANALYSIS_NO_DRIVERS:
      'Der er ingen præstationsspørgsmål for kontaktpunkter at bruge som drivere. Markér vurderingsspørgsmålene som præstation i spørgeskemaet.',
    WEIGHTING_NO_TARGETS:
      'Der er ikke sat vægtningsmål. Indtast andelene i populationen under Indstillinger → Vægtning.',
    WEIGHTING_TARGETS_INVALID:
      'Disse vægtningsmål kan ikke bruges. Kontrollér, at andelene summerer til 100 %, og at ingen gruppe vægtes kraftigt op.',
    REPORT_FAILED: 'Rapporten kunne ikke laves.',
    REPORT_FILTER_REFUSED:
      'En rapport for dette filter kan afsløre en gruppe med færre end {{k}} respondenter (alene eller sammen med resultater, der allerede er vist). Vælg en bredere gruppe, eller lav rapporten for hele målingen.',
  },
};
