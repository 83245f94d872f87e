/** trend: English UI strings of the trend over all waves (dashboard card, table and the slide component). */
export const trend = {
  trend: {
    title: 'Trend over all waves',
    lead: 'Satisfaction, NPS, loyalty and every touchpoint in each wave from {{first}} to {{last}}, for the filtered group.',
    oneWave: 'The trend needs at least two waves with answers.',
    kpis: 'Key figures (index 0–100)',
    nps: 'Net Promoter Score',
    touchpoints: 'Touchpoints by wave',
    colName: 'Touchpoint',
    vsPrevious: 'vs {{year}}',
    vsFirst: 'vs {{year}} (first)',
    hidden: 'Fewer than {{k}} answers: not shown',
    significant: 'significant',
    wording: '† Asked with other wording in an earlier wave; compare with care.',
    legend:
      '▲ ▼ and * mark a significant change ({{tests}}; p adjusted by Benjamini–Hochberg within each wave, false discovery rate {{alpha}} %). – fewer than {{k}} answers, not shown.',
    base: 'n {{year}}',
  },
};
