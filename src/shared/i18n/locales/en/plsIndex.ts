/** plsIndex: English UI strings of the EPSI-style satisfaction index (PLS path model). */
export const plsIndex = {
  plsIndex: {
    title: 'Satisfaction index {{year}} (EPSI model)',
    of: '{{target}} on a 0–100 scale',
    ci: '95 % interval {{lo}}–{{hi}} (bootstrap, {{b}} samples); n = {{n}}',
    n: 'n = {{n}}',
    driver: 'Driver',
    impact: 'Impact of +1 point',
    performance: 'Performance (0–100)',
    method:
      'PLS path model ({{scheme}} weighting) on the study’s model; impact: what one point more in the driver gives in the index (total effect, EPSI/ACSI convention). All respondents of the wave: the live filter does not apply here.',
    notConverged: 'Did not converge',
    failed: 'The index could not be estimated.',
  },
};
