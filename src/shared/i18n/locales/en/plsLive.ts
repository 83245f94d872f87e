/** plsLive: English UI strings of the satisfaction index under the live filter, per unit and in present mode. */
export const plsLive = {
  plsLive: {
    method:
      'PLS path model ({{scheme}} weighting) on the study’s model, estimated on the filtered group, {{weighting}}; impact: what one point more in the driver gives in the index (total effect, EPSI/ACSI convention).',
    weighted: 'weighted like the dashboard (weighted PLS-SEM, survey weights in every step)',
    unweighted: 'unweighted',
    change: 'Since {{year}}: {{diff}} points (95 % interval {{lo}} to {{hi}}; p = {{p}})',
    significant: 'a significant change',
    notSignificant: 'within what chance explains',
    changeHidden: 'Change since {{year}}: not shown — fewer than {{k}} answers that year in this group.',
    changeRefused: 'Change since {{year}}: not shown for this filter.',
    byUnit: 'Index by {{variable}}',
    unit: 'Unit',
    index: 'Index',
    n: 'n',
    unitsNote:
      'Each unit’s index is the mean score of its respondents under the model of the whole group (EPSI practice), so units can be compared. Units with fewer than {{k}} answers are hidden, with one more where needed so that none can be worked out from the total.',
    allUnitsHidden: 'No unit can be shown: hiding the small ones would not protect them.',
    slide: 'Satisfaction index {{year}}',
    impacts: 'What moves the index',
  },
};
