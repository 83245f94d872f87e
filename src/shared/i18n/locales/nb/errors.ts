import type { Catalog } from '../en';

/** errors: Norsk bokmål. */
export const errors: Pick<Catalog, 'errors'> = {
  errors: {
    INVALID_INPUT: 'Noe av det som ble fylt inn, er ikke gyldig.',
    UNKNOWN_OPERATION: 'Denne versjonen av appen kan ikke gjøre det ennå.',
    BUSY: 'Appen er opptatt med andre forespørsler. Prøv igjen om et øyeblikk.',
    UNAUTHORIZED: 'Ingen tilgang. Åpne appen på nytt fra adressen den skrev ut.',
    NOT_SUPPORTED: 'Ikke tilgjengelig i denne versjonen av appen.',
    INTERNAL: 'Noe gikk galt i appen. Detaljene står i loggen; meld gjerne fra om feilen.',
    FILE_NOT_FOUND: 'Fant ikke filen.',
    FILE_EXISTS: 'Det finnes allerede en fil med det navnet.',
    STUDY_NOT_OPEN: 'Undersøkelsen er ikke lenger åpen. Åpne den på nytt.',
    STUDY_NOT_SQLITE: 'Dette er ikke en undersøkelsesfil.',
    STUDY_FOREIGN_SQLITE: 'Denne databasen er ikke laget av Touchpoint Studio.',
    STUDY_NEWER_VERSION:
      'Undersøkelsen er lagret av en nyere versjon av Touchpoint Studio. Oppdater appen for å åpne den.',
    STUDY_CORRUPT: 'Undersøkelsesfilen er skadet.',
    QUESTION_CODE_TAKEN: 'Denne spørsmålskoden er allerede i bruk.',
    QUESTION_WORDING_CHANGED:
      'Svar på dette spørsmålet er allerede importert: si om den nye teksten er samme spørsmål eller et nytt.',
    CODE_TAKEN: 'Den koden er allerede brukt i undersøkelsen.',
    INVALID_REFERENCE: 'Spørsmålet det viser til, finnes ikke i undersøkelsen.',
    SCALE_DOES_NOT_FIT: 'Den nye skalaen passer ikke til svarene som allerede er importert for spørsmålet.',
    NOTHING_TO_UNDO: 'Det er ingenting å angre.',
    NOT_FOUND: 'Den finnes ikke lenger.',
    WAVE_NOT_FOUND: 'Denne målingen finnes ikke i undersøkelsen.',
    IMPORT_UNREADABLE: 'Filen kunne ikke leses som et regneark.',
    IMPORT_NO_HEADER: 'Filen har ingen overskriftsrad.',
    IMPORT_NO_MATCHING_COLUMNS: 'Ingen kolonner i filen samsvarer med en spørsmålskode i spørreskjemaet.',
    IMPORT_BAD_VALUES: 'Filen inneholder verdier utenfor spørsmålenes skalaer.',
    IMPORT_TOO_LARGE: 'Filen er for stor til å importeres.',
    IMPORT_DUPLICATE_FILE: 'Denne filen er allerede importert.',
    IMPORT_CANCELLED: 'Importen ble avbrutt; ingenting ble endret.',
    IMPORT_DATE_RULE: 'Datoene i kolonnen {{column}} kan ikke leses som {{rule}}.',
    ANALYSIS_NO_DATA: 'Det finnes ingen svar å analysere for dette utvalget.',
    ANALYSIS_TOO_MANY_DRIVERS:
      '{{drivers}} drivere: eksakt Shapley tar høyst {{max}}. Grupper driverne etter reisefase, velg færre, eller les de relative vektene.',
    ANALYSIS_TOO_FEW_RESPONDENTS:
      'Bare {{n}} respondenter svarte på alle spørsmålene denne analysen trenger. Velg færre drivere, bruk parvis utelatelse eller utvid filteret.',
    ANALYSIS_NO_VARIANCE:
      'Alle respondentene ga samme svar på {{question}}, så spørsmålet kan ikke forklare noe. Ta det ut av driverne.',
    ANALYSIS_COLLINEAR:
      'To eller flere drivere måler det samme (svarene følger hverandre helt). Ta ut én av dem.',
    ANALYSIS_NO_OUTCOME:
      'Studien har ikke noe spørsmål om total tilfredshet eller anbefaling å forklare. Merk ett i spørreskjemaet.',
    ANALYSIS_NO_DRIVERS:
      'Det finnes ingen ytelsesspørsmål for kontaktpunkter å bruke som drivere. Merk vurderingsspørsmålene som ytelse i spørreskjemaet.',
    WEIGHTING_NO_TARGETS:
      'Ingen vektingsmål er satt. Fyll inn andelene i populasjonen under Innstillinger → Vekting.',
    WEIGHTING_TARGETS_INVALID:
      'Disse vektingsmålene kan ikke brukes. Sjekk at andelene summerer til 100 % og at ingen gruppe vektes kraftig opp.',
    REPORT_FAILED: 'Rapporten kunne ikke lages.',
    REPORT_FILTER_REFUSED:
      'En rapport for dette filteret kan avsløre en gruppe med færre enn {{k}} respondenter (alene eller sammen med resultater som allerede er vist). Velg en bredere gruppe eller lag rapporten for hele målingen.',
  },
};
