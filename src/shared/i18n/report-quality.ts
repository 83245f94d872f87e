/**
 * Report strings that keep the report honest about itself: shortened names, the language texts fell
 * back to, fieldwork and response rate. Spread into the report catalogs of report.ts.
 */
export const qualityEn = {
  colStated: 'Stated',
  colDerived: 'Derived',
  priorityRule:
    'One priority rule throughout the report: first the quadrant (concentrate here, then keep up the good work, low priority, possible overkill), then within a quadrant the priority score (SD): how far importance is above its line minus how far performance is above its line, each in standard deviations of the touchpoints. “Fix first” means the concentrate-here quadrant.',
  priorityDerived:
    'Stated: importance as customers rate it (places the point on the map). Derived: the touchpoint’s share of what explains overall satisfaction (driver analysis).',
  priorityDisagree:
    '≠ stated and derived importance disagree (top third by one, bottom third by the other): read the map together with the driver chapter.',
  unitsBaseTitle: '{question} by {variable}: score and base n',
  colVsOthers: 'Against the other units',
  touchpointNamesShortened: 'Long names are shortened in the chart (…); the table gives them in full.',
  languageFallback:
    'Some texts of this study do not exist in English and are printed in {fallback}: {count} of {total} texts (touchpoints, questions, answer options).',
  languageFallbackWarning:
    '{count} of {total} study texts are missing in {language}; the report prints them in {fallback}.',
  methodFieldwork: 'Fieldwork: {list}.',
  methodFieldworkItem: '{wave}: {start} – {end}',
  methodFieldworkUnknown: '{wave}: dates not recorded',
  methodResponseRate: 'Response rate: {list}.',
  methodResponseRateItem: '{wave}: {rate} ({responded} answered of {invited} invited)',
  methodResponseRateUnknown: '{wave}: not recorded (the number invited is not stored)',
  changeIntervalNote:
    'Intervals (whiskers and table) are adjusted like the marks: {level} % intervals adjusted for the false coverage rate (Benjamini–Yekutieli), so an interval leaves out 0 exactly when its change is marked significant.',
  ciLabelFcr: '{level} % interval (FCR-adjusted)',
  colCiLevel: '{level} % CI',
  summaryMore: 'More changes and priorities in the chapters that follow.',
  langName_en: 'English',
  langName_nb: 'Norwegian',
  langName_da: 'Danish',
};

export const qualityNb: typeof qualityEn = {
  colStated: 'Oppgitt',
  colDerived: 'Avledet',
  priorityRule:
    'Én prioriteringsregel i hele rapporten: først kvadranten (konsentrer innsatsen her, så fortsett det gode arbeidet, lav prioritet, mulig overinnsats), deretter innen kvadranten prioritetsskåren (SA): hvor langt viktigheten ligger over sin linje minus hvor langt prestasjonen ligger over sin, begge i standardavvik blant kontaktpunktene. «Forbedre først» betyr kvadranten konsentrer innsatsen her.',
  priorityDerived:
    'Oppgitt: viktighet slik kundene vurderer den (plasserer punktet i kartet). Avledet: kontaktpunktets andel av det som forklarer total tilfredshet (driveranalysen).',
  priorityDisagree:
    '≠ oppgitt og avledet viktighet er uenige (øverste tredjedel etter den ene, nederste etter den andre): les kartet sammen med driverkapitlet.',
  unitsBaseTitle: '{question} etter {variable}: resultat og antall svar (n)',
  colVsOthers: 'Mot de andre enhetene',
  touchpointNamesShortened: 'Lange navn er forkortet i diagrammet (…); tabellen viser dem i sin helhet.',
  languageFallback:
    'Noen tekster i denne undersøkelsen finnes ikke på norsk og er skrevet ut på {fallback}: {count} av {total} tekster (kontaktpunkter, spørsmål, svaralternativer).',
  languageFallbackWarning:
    '{count} av {total} tekster i undersøkelsen mangler på {language}; rapporten skriver dem ut på {fallback}.',
  methodFieldwork: 'Feltarbeid: {list}.',
  methodFieldworkItem: '{wave}: {start} – {end}',
  methodFieldworkUnknown: '{wave}: datoer ikke registrert',
  methodResponseRate: 'Svarprosent: {list}.',
  methodResponseRateItem: '{wave}: {rate} ({responded} svarte av {invited} inviterte)',
  methodResponseRateUnknown: '{wave}: ikke registrert (antall inviterte er ikke lagret)',
  changeIntervalNote:
    'Intervallene (strekene og tabellen) er justert som markeringene: {level} %-intervaller justert for falsk dekningsrate (Benjamini–Yekutieli), så et intervall utelater 0 nøyaktig når endringen er markert som signifikant.',
  ciLabelFcr: '{level} % intervall (FCR-justert)',
  colCiLevel: '{level} % KI',
  summaryMore: 'Flere endringer og prioriteringer i kapitlene som følger.',
  langName_en: 'engelsk',
  langName_nb: 'norsk',
  langName_da: 'dansk',
};

export const qualityDa: typeof qualityEn = {
  colStated: 'Angivet',
  colDerived: 'Afledt',
  priorityRule:
    'Én prioriteringsregel i hele rapporten: først kvadranten (sæt ind her, så fortsæt det gode arbejde, lav prioritet, mulig overindsats), derefter inden for kvadranten prioritetsscoren (SA): hvor langt vigtigheden ligger over sin linje minus hvor langt præstationen ligger over sin, begge i standardafvigelser blandt kontaktpunkterne. “Forbedr først” betyder kvadranten sæt ind her.',
  priorityDerived:
    'Angivet: vigtighed, som kunderne vurderer den (placerer punktet på kortet). Afledt: kontaktpunktets andel af det, der forklarer den samlede tilfredshed (driveranalysen).',
  priorityDisagree:
    '≠ angivet og afledt vigtighed er uenige (øverste tredjedel efter den ene, nederste efter den anden): læs kortet sammen med driverkapitlet.',
  unitsBaseTitle: '{question} fordelt på {variable}: resultat og antal svar (n)',
  colVsOthers: 'Mod de øvrige enheder',
  touchpointNamesShortened: 'Lange navne er forkortet i diagrammet (…); tabellen viser dem fuldt ud.',
  languageFallback:
    'Nogle tekster i denne undersøgelse findes ikke på dansk og er skrevet på {fallback}: {count} af {total} tekster (kontaktpunkter, spørgsmål, svarmuligheder).',
  languageFallbackWarning:
    '{count} af {total} tekster i undersøgelsen mangler på {language}; rapporten skriver dem på {fallback}.',
  methodFieldwork: 'Feltarbejde: {list}.',
  methodFieldworkItem: '{wave}: {start} – {end}',
  methodFieldworkUnknown: '{wave}: datoer ikke registreret',
  methodResponseRate: 'Svarprocent: {list}.',
  methodResponseRateItem: '{wave}: {rate} ({responded} svarede af {invited} inviterede)',
  methodResponseRateUnknown: '{wave}: ikke registreret (antallet af inviterede er ikke gemt)',
  changeIntervalNote:
    'Intervallerne (stregerne og tabellen) er justeret som markeringerne: {level} %-intervaller justeret for falsk dækningsrate (Benjamini–Yekutieli), så et interval udelader 0 præcis, når ændringen er markeret som signifikant.',
  ciLabelFcr: '{level} % interval (FCR-justeret)',
  colCiLevel: '{level} % KI',
  summaryMore: 'Flere ændringer og prioriteter i de følgende kapitler.',
  langName_en: 'engelsk',
  langName_nb: 'norsk',
  langName_da: 'dansk',
};
