/** reportLanguage: danske UI-tekster til Rapport-sidens bemærkning om tekster, der mangler på rapportsproget. */
export const reportLanguage = {
  reportLanguage: {
    missing:
      '{{count}} af {{total}} tekster i undersøgelsen (faser, kontaktpunkter, spørgsmål, svarmuligheder) findes ikke på {{language}}; {{fallback}} bruges for dem i PDF’en, præsentationen, tabellerne og diagrammerne.',
    hint: 'Tilføj de manglende tekster på siden Spørgeskema, eller vælg et andet rapportsprog.',
    name: { en: 'engelsk', nb: 'norsk', da: 'dansk' },
  },
};
