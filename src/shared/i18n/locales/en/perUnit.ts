/** perUnit: English UI strings of the Report page's "one report per unit" export. */
export const perUnit = {
  perUnit: {
    title: 'One report per unit',
    text: 'Choose a background variable (a branch, a region): every unit gets its own report (PDF or PowerPoint), all in one zip file. The study’s own report is the whole to compare with.',
    variable: 'Background variable',
    choose: 'Choose a background variable',
    export: 'Export reports',
    done_one: '{{count}} report is in the zip file.',
    done_other: '{{count}} reports are in the zip file.',
    none: 'No unit can get a report of its own.',
    skippedLead: 'Without a report:',
    reason: {
      'under-k': 'fewer than {{k}} respondents',
      subtraction:
        'withheld, so that the units above cannot be worked out as the whole minus the reported units',
      differencing:
        'refused: together with results already shown it would let one work out a group of fewer than {{k}}',
    },
  },
};
