/** reportLanguage: English UI strings of the Report page's notice on texts missing in the report language. */
export const reportLanguage = {
  reportLanguage: {
    missing:
      '{{count}} of {{total}} study texts (stages, touchpoints, questions, answer options) have no {{language}} text; {{fallback}} is used for them in the PDF, the deck, the tables and the charts.',
    hint: 'Add the missing texts on the Questionnaire page, or choose another report language.',
    name: { en: 'English', nb: 'Norwegian', da: 'Danish' },
  },
};
