/**
 * Why the import gave a question it creates its role, scale, touchpoint, missing codes and the item it
 * weighs (the import wizard's "what was inferred" panel; the CLI prints the English text).
 */
export const infer = {
  infer: {
    reason: {
      npsRecommend: '0–10 scale and "{{word}}" in the wording: NPS',
      importanceWording: '"{{word}}" in the wording: stated importance',
      overallSatisfied: '"{{overall}}" … "{{sat}}" in the wording: overall satisfaction',
      overallWording: '"{{overall}}" in the wording: overall satisfaction',
      loyaltyWording: '"{{word}}" in the wording: loyalty',
      recommendNotNps: '"{{word}}" on a scale other than 0–10: loyalty, not NPS',
      ratingPerformance: 'a rating of no outcome wording: performance',
      freeTextComment: 'free-text answers: comment',
      commentWording: '"{{word}}" in the wording: comment',
      backgroundSegment: 'background variable ("{{word}}") with {{n}} categories: segment',
      fewCategoriesSegment: '{{n}} categories: usable as a breakdown (segment)',
      categoriesOther: '{{n}} categories and no background wording',
      multiOther: 'multiple answers per respondent',
      numberOther: 'a number that is not on a rating scale',
      headerDeclares: 'the header declares the scale "{{scale}}"',
      headerEnds: 'the header labels the ends {{min}} = … and {{max}} = …',
      npsZeroToTen: 'a recommendation question on numbers is an NPS item, asked on 0–10',
      usualScale:
        'whole-number answers up to {{hi}} fit the usual {{min}}–{{max}} scale (its ends are not taken from the answers given)',
      fiveLabels: 'the answer labels ("{{lo}}" … "{{hi}}") are a five-point scale',
      numberedLabelsNps:
        'the answers are numbered labels; a recommendation question on numbers is an NPS item, asked on 0–10',
      numberedLabelsUsual:
        'the answers are numbered labels; whole-number answers up to {{hi}} fit the usual {{min}}–{{max}} scale (its ends are not taken from the answers given)',
      freeTextNoScale: 'free text: no scale',
      answerOptions: '{{n}} answer options',
      numbersNoScale: 'numbers that fit no rating scale: no scale',
      rankingNoScale: 'a ranking (each answer a position, not a rating): no scale',
      roleByHand: 'role set by hand',
      scaleByHand: 'scale set by hand',
      createdFromColumn: 'created from the column',
      touchpointMatrix: 'touchpoint "{{label}}": item of the matrix question "{{question}}"',
      touchpointStem: 'touchpoint "{{label}}": field ids share the stem {{stem}}',
      touchpointPrefix: 'touchpoint "{{label}}": headers share "{{prefix}} -"',
      weighsRow: 'weighs {{code}}: same touchpoint and row "{{row}}"',
      weighsTouchpoint: 'weighs {{code}}: same touchpoint, most similar subject',
      weighsSimilar: 'weighs {{code}}: most similar subject',
      dontKnowCode: "{{label}} = don't know",
      notApplicableCode: '{{label}} = not applicable',
      otherSpecify: 'an "other, please specify" text: kept as a comment on its question',
      fileValueLabels: "the file labels its values ({{labels}}): the scale's labelled points",
      fileNominal:
        'the file declares the variable nominal: its labelled values ({{labels}}) are answer options',
      fileOrdinal:
        "the file declares the variable ordinal and labels its values ({{labels}}): the scale's labelled points",
      fileScale:
        "the file declares the variable a scale and labels its values ({{labels}}): the scale's labelled points",
      labelsRatingWords: 'the value labels read as a rating ("{{word}}"; {{labels}}): a rating scale',
      labelsNumbers: 'the value labels are numbers ({{labels}}): a rating scale',
      labelsEnds: 'the file labels only the ends ({{labels}}): a {{min}}–{{max}} rating scale',
      labelsNames: 'the value labels are names ({{labels}}), not a rating: answer options',
      fromSavSet: 'from the SPSS multiple-response set ${{name}}',
      fileMissing: 'the file declares {{label}} as missing: {{kind}}',
      missingCodes: 'missing codes: {{codes}}',
    },
    options_one: '{{count}} option',
    options_other: '{{count}} options',
    none: 'none',
  },
};
