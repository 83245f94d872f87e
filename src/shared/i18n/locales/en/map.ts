/** map: English strings of the importance–performance map and the priority list. */
export const map = {
  map: {
    rule: {
      mean: 'Lines at the mean importance {{importance}} and mean performance {{performance}}.',
      median: 'Lines at the median importance {{importance}} and median performance {{performance}}.',
      midpoint: 'Lines at the middle of the scales: importance {{importance}}, performance {{performance}}.',
      values: 'Lines at the chosen values: importance {{importance}}, performance {{performance}}.',
    },
    colScore: 'Priority (SD)',
    scoreNote:
      'Priority (SD) = how far importance is above its line minus how far performance is above its line, each in standard deviations of the touchpoints; above 0, importance is ahead of performance.',
    rankingRule: 'Ranked by quadrant (“{{first}}” first), then by priority score, largest first.',
  },
};
