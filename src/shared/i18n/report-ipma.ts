/**
 * Report strings of the index's importance–performance map (IPMA; screen, present mode, PDF, deck).
 * Merged into ./report.ts.
 */
export const ipmaEn = {
  ipmaTitle: 'Importance–performance map (index)',
  ipmaAxisImportance: 'Importance (index points per point more)',
  ipmaAxisPerformance: 'Performance (0–100)',
  ipmaNote:
    'Importance: the driver’s total effect on the index; performance: its score on 0–100. The dashed lines are the drivers’ mean importance ({importance}) and mean performance ({performance}); drivers at the bottom right matter most and perform worst (IPMA, Ringle & Sarstedt 2016).',
};

type IpmaStrings = Record<keyof typeof ipmaEn, string>;

export const ipmaNb: IpmaStrings = {
  ipmaTitle: 'Viktighet og prestasjon (indeks)',
  ipmaAxisImportance: 'Viktighet (indekspoeng per poeng mer)',
  ipmaAxisPerformance: 'Prestasjon (0–100)',
  ipmaNote:
    'Viktighet: driverens totaleffekt på indeksen; prestasjon: driverens skår på 0–100. De stiplede linjene viser drivernes gjennomsnittlige viktighet ({importance}) og prestasjon ({performance}); drivere nede til høyre betyr mest og presterer svakest (IPMA, Ringle & Sarstedt 2016).',
};

export const ipmaDa: IpmaStrings = {
  ipmaTitle: 'Vigtighed og præstation (indeks)',
  ipmaAxisImportance: 'Vigtighed (indekspoint pr. point mere)',
  ipmaAxisPerformance: 'Præstation (0–100)',
  ipmaNote:
    'Vigtighed: driverens totaleffekt på indekset; præstation: dens score på 0–100. De stiplede linjer viser drivernes gennemsnitlige vigtighed ({importance}) og præstation ({performance}); drivere nederst til højre betyder mest og præsterer svagest (IPMA, Ringle & Sarstedt 2016).',
};
