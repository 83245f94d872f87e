/**
 * Report strings that keep the report honest about itself: shortened names, the language texts fell
 * back to, fieldwork and response rate. Spread into the report catalogs of report.ts.
 */
export const qualityEn = {
  touchpointNamesShortened: 'Long names are shortened in the chart (…); the table gives them in full.',
  languageFallback:
    'Some texts of this study do not exist in English and are printed in {fallback}: {count} of {total} texts (touchpoints, questions, answer options).',
  languageFallbackWarning:
    '{count} of {total} study texts are missing in {language}; the report prints them in {fallback}.',
  methodFieldwork: 'Fieldwork: {list}.',
  methodFieldworkItem: '{wave}: {start} – {end}',
  methodFieldworkUnknown: '{wave}: dates not recorded',
  methodResponseRate:
    'Response rate: not recorded in the study (the number invited is not stored), so it cannot be stated.',
  summaryMore: 'More changes and priorities in the chapters that follow.',
  langName_en: 'English',
  langName_nb: 'Norwegian',
  langName_da: 'Danish',
};

export const qualityNb: typeof qualityEn = {
  touchpointNamesShortened: 'Lange navn er forkortet i diagrammet (…); tabellen viser dem i sin helhet.',
  languageFallback:
    'Noen tekster i denne undersøkelsen finnes ikke på norsk og er skrevet ut på {fallback}: {count} av {total} tekster (kontaktpunkter, spørsmål, svaralternativer).',
  languageFallbackWarning:
    '{count} av {total} tekster i undersøkelsen mangler på {language}; rapporten skriver dem ut på {fallback}.',
  methodFieldwork: 'Feltarbeid: {list}.',
  methodFieldworkItem: '{wave}: {start} – {end}',
  methodFieldworkUnknown: '{wave}: datoer ikke registrert',
  methodResponseRate:
    'Svarprosent: ikke registrert i undersøkelsen (antall inviterte er ikke lagret), og kan derfor ikke oppgis.',
  summaryMore: 'Flere endringer og prioriteringer i kapitlene som følger.',
  langName_en: 'engelsk',
  langName_nb: 'norsk',
  langName_da: 'dansk',
};

export const qualityDa: typeof qualityEn = {
  touchpointNamesShortened: 'Lange navne er forkortet i diagrammet (…); tabellen viser dem fuldt ud.',
  languageFallback:
    'Nogle tekster i denne undersøgelse findes ikke på dansk og er skrevet på {fallback}: {count} af {total} tekster (kontaktpunkter, spørgsmål, svarmuligheder).',
  languageFallbackWarning:
    '{count} af {total} tekster i undersøgelsen mangler på {language}; rapporten skriver dem på {fallback}.',
  methodFieldwork: 'Feltarbejde: {list}.',
  methodFieldworkItem: '{wave}: {start} – {end}',
  methodFieldworkUnknown: '{wave}: datoer ikke registreret',
  methodResponseRate:
    'Svarprocent: ikke registreret i undersøgelsen (antallet af inviterede er ikke gemt) og kan derfor ikke angives.',
  summaryMore: 'Flere ændringer og prioriteter i de følgende kapitler.',
  langName_en: 'engelsk',
  langName_nb: 'norsk',
  langName_da: 'dansk',
};
