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
    notConverged: 'Did not converge',
    failed: 'The index could not be estimated.',
  },
};
