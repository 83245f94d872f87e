import type { infer as en } from '../en/infer';

/** Dansk: hvorfor importen gav et nyt spørgsmål dets rolle, skala, kontaktpunkt og manglende koder. */
export const infer: typeof en = {
  infer: {
    reason: {
      npsRecommend: '0–10-skala og »{{word}}« i ordlyden: NPS',
      importanceWording: '»{{word}}« i ordlyden: angivet vigtighed',
      overallSatisfied: '»{{overall}}« … »{{sat}}« i ordlyden: samlet tilfredshed',
      overallWording: '»{{overall}}« i ordlyden: samlet tilfredshed',
      loyaltyWording: '»{{word}}« i ordlyden: loyalitet',
      recommendNotNps: '»{{word}}« på en anden skala end 0–10: loyalitet, ikke NPS',
      ratingPerformance: 'en vurdering uden udfaldsordlyd: præstation',
      freeTextComment: 'fritekstsvar: kommentar',
      commentWording: '»{{word}}« i ordlyden: kommentar',
      backgroundSegment: 'baggrundsvariabel (»{{word}}«) med {{n}} kategorier: segment',
      fewCategoriesSegment: '{{n}} kategorier: kan bruges til opdeling (segment)',
      categoriesOther: '{{n}} kategorier og ingen baggrundsordlyd',
      multiOther: 'flere svar pr. respondent',
      numberOther: 'et tal, der ikke er på en vurderingsskala',
      headerDeclares: 'overskriften angiver skalaen »{{scale}}«',
      headerEnds: 'overskriften navngiver endepunkterne {{min}} = … og {{max}} = …',
      npsZeroToTen: 'et anbefalingsspørgsmål med talsvar er et NPS-spørgsmål, stillet på 0–10',
      usualScale:
        'heltalssvar op til {{hi}} passer til den sædvanlige skala {{min}}–{{max}} (endepunkterne er ikke taget fra de afgivne svar)',
      fiveLabels: 'svarmulighederne (»{{lo}}« … »{{hi}}«) er en femtrinsskala',
      numberedLabelsNps:
        'svarene er nummererede svarmuligheder; et anbefalingsspørgsmål med talsvar er et NPS-spørgsmål, stillet på 0–10',
      numberedLabelsUsual:
        'svarene er nummererede svarmuligheder; heltalssvar op til {{hi}} passer til den sædvanlige skala {{min}}–{{max}} (endepunkterne er ikke taget fra de afgivne svar)',
      freeTextNoScale: 'fritekst: ingen skala',
      answerOptions: '{{n}} svarmuligheder',
      numbersNoScale: 'tal, der ikke passer til nogen vurderingsskala: ingen skala',
      rankingNoScale: 'en rangordning (hvert svar er en placering, ikke en vurdering): ingen skala',
      roleByHand: 'rollen er sat manuelt',
      scaleByHand: 'skalaen er sat manuelt',
      createdFromColumn: 'oprettet fra kolonnen',
      touchpointMatrix: 'kontaktpunkt »{{label}}«: del af matrixspørgsmålet »{{question}}«',
      touchpointStem: 'kontaktpunkt »{{label}}«: felt-id’erne har fælles stamme {{stem}}',
      touchpointPrefix: 'kontaktpunkt »{{label}}«: overskrifterne begynder med »{{prefix}} -«',
      weighsRow: 'vægter {{code}}: samme kontaktpunkt og række »{{row}}«',
      weighsTouchpoint: 'vægter {{code}}: samme kontaktpunkt, mest lignende emne',
      weighsSimilar: 'vægter {{code}}: mest lignende emne',
      dontKnowCode: '{{label}} = ved ikke',
      notApplicableCode: '{{label}} = ikke relevant',
      otherSpecify: 'en »andet, angiv«-tekst: beholdt som kommentar til spørgsmålet',
      fileValueLabels: 'filen navngiver værdierne ({{labels}}): skalaens navngivne punkter',
      fileNominal: 'filen angiver måleniveauet nominelt: de navngivne værdier ({{labels}}) er svarmuligheder',
      fileOrdinal:
        'filen angiver måleniveauet ordinalt og navngiver værdierne ({{labels}}): skalaens navngivne punkter',
      fileScale:
        'filen angiver måleniveauet skala og navngiver værdierne ({{labels}}): skalaens navngivne punkter',
      labelsRatingWords:
        'værdietiketterne læses som en vurdering ("{{word}}"; {{labels}}): en vurderingsskala',
      labelsNumbers: 'værdietiketterne er tal ({{labels}}): en vurderingsskala',
      labelsEnds: 'filen navngiver kun endepunkterne ({{labels}}): en vurderingsskala {{min}}–{{max}}',
      labelsNames: 'værdietiketterne er navne ({{labels}}), ikke en vurdering: svarmuligheder',
      fromSavSet: 'fra SPSS-sættet med flere svar ${{name}}',
      fileMissing: 'filen angiver {{label}} som manglende: {{kind}}',
      missingCodes: 'manglende koder: {{codes}}',
    },
    options_one: '{{count}} svarmulighed',
    options_other: '{{count}} svarmuligheder',
    none: 'ingen',
  },
};
