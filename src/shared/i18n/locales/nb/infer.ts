import type { infer as en } from '../en/infer';

/** Norsk bokmål: hvorfor importen ga et nytt spørsmål sin rolle, skala, kontaktpunkt og manglende koder. */
export const infer: typeof en = {
  infer: {
    reason: {
      npsRecommend: '0–10-skala og «{{word}}» i ordlyden: NPS',
      importanceWording: '«{{word}}» i ordlyden: oppgitt viktighet',
      overallSatisfied: '«{{overall}}» … «{{sat}}» i ordlyden: total tilfredshet',
      overallWording: '«{{overall}}» i ordlyden: total tilfredshet',
      loyaltyWording: '«{{word}}» i ordlyden: lojalitet',
      recommendNotNps: '«{{word}}» på en annen skala enn 0–10: lojalitet, ikke NPS',
      ratingPerformance: 'en vurdering uten utfallsordlyd: prestasjon',
      freeTextComment: 'fritekstsvar: kommentar',
      commentWording: '«{{word}}» i ordlyden: kommentar',
      backgroundSegment: 'bakgrunnsvariabel («{{word}}») med {{n}} kategorier: segment',
      fewCategoriesSegment: '{{n}} kategorier: kan brukes til nedbrytning (segment)',
      categoriesOther: '{{n}} kategorier og ingen bakgrunnsordlyd',
      multiOther: 'flere svar per respondent',
      numberOther: 'et tall som ikke er på en vurderingsskala',
      headerDeclares: 'overskriften oppgir skalaen «{{scale}}»',
      headerEnds: 'overskriften navngir endepunktene {{min}} = … og {{max}} = …',
      npsZeroToTen: 'et anbefalingsspørsmål med tallsvar er et NPS-spørsmål, stilt på 0–10',
      usualScale:
        'heltallssvar opp til {{hi}} passer den vanlige skalaen {{min}}–{{max}} (endepunktene er ikke hentet fra svarene som ble gitt)',
      fiveLabels: 'svaralternativene («{{lo}}» … «{{hi}}») er en femdelt skala',
      numberedLabelsNps:
        'svarene er nummererte alternativer; et anbefalingsspørsmål med tallsvar er et NPS-spørsmål, stilt på 0–10',
      numberedLabelsUsual:
        'svarene er nummererte alternativer; heltallssvar opp til {{hi}} passer den vanlige skalaen {{min}}–{{max}} (endepunktene er ikke hentet fra svarene som ble gitt)',
      freeTextNoScale: 'fritekst: ingen skala',
      answerOptions: '{{n}} svaralternativer',
      numbersNoScale: 'tall som ikke passer noen vurderingsskala: ingen skala',
      roleByHand: 'rollen er satt manuelt',
      scaleByHand: 'skalaen er satt manuelt',
      createdFromColumn: 'opprettet fra kolonnen',
      touchpointMatrix: 'kontaktpunkt «{{label}}»: del av matrisespørsmålet «{{question}}»',
      touchpointStem: 'kontaktpunkt «{{label}}»: felt-ID-ene har felles stamme {{stem}}',
      touchpointPrefix: 'kontaktpunkt «{{label}}»: overskriftene begynner med «{{prefix}} -»',
      weighsRow: 'vekter {{code}}: samme kontaktpunkt og rad «{{row}}»',
      weighsTouchpoint: 'vekter {{code}}: samme kontaktpunkt, mest like tema',
      weighsSimilar: 'vekter {{code}}: mest like tema',
      dontKnowCode: '{{label}} = vet ikke',
      notApplicableCode: '{{label}} = ikke aktuelt',
      otherSpecify: 'en «annet, spesifiser»-tekst: beholdt som kommentar til spørsmålet',
      fileValueLabels: 'filen merker verdiene ({{labels}}): skalaens merkede punkter',
      fileMissing: 'filen angir {{label}} som manglende: {{kind}}',
      missingCodes: 'manglende koder: {{codes}}',
    },
    options_one: '{{count}} alternativ',
    options_other: '{{count}} alternativer',
    none: 'ingen',
  },
};
