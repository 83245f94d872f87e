/** reportLanguage: norske UI-tekster for Rapport-sidens merknad om tekster som mangler på rapportspråket. */
export const reportLanguage = {
  reportLanguage: {
    missing:
      '{{count}} av {{total}} tekster i undersøkelsen (faser, kontaktpunkter, spørsmål, svaralternativer) finnes ikke på {{language}}; {{fallback}} brukes for dem i PDF-en, presentasjonen, tabellene og diagrammene.',
    hint: 'Legg inn de manglende tekstene på Spørreskjema-siden, eller velg et annet rapportspråk.',
    name: { en: 'engelsk', nb: 'norsk', da: 'dansk' },
  },
};
