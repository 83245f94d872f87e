/**
 * suppression: why a result is not shown, in the client's words (screen, PDF, PPTX, xlsx use the
 * same strings through src/shared/privacy/suppression-text.ts), the masks of personal data in quoted
 * comments, and the unit rules (merge into "Other", leave out of breakdowns). Never a hidden group's n.
 */
export const suppression = {
  suppression: {
    headline: {
      'below-k': 'Too few answers to show',
      complementary: 'Hidden to protect a small group',
      'effective-n': 'Too few respondents once weighted',
      filter: 'This filter is not allowed',
      differencing: 'Not shown: too close to a result already shown',
      excluded: 'Left out of breakdowns',
    },
    detail: {
      'below-k':
        'Fewer than {{k}} answers: results for groups this small are never shown, to keep respondents anonymous.',
      total:
        'Hidden because, together with the total, it would reveal a group of fewer than {{k}} by subtraction.',
      'row-total':
        'Hidden because, together with its row total, it would reveal a group of fewer than {{k}} by subtraction.',
      'column-total':
        'Hidden because, together with its column total, it would reveal a group of fewer than {{k}} by subtraction.',
      margin:
        'Hidden because the groups it is made of could otherwise be worked out, one of them with fewer than {{k}} answers.',
      'effective-n':
        'Once weighted, these results rest on fewer than {{k}} respondents’ worth of answers, so they are not shown.',
      'filter-too-few': 'The filter selects fewer than {{k}} respondents. Widen the filter or remove it.',
      'filter-rest-too-few':
        'The respondents the filter leaves out are fewer than {{k}}: they could be worked out as everyone minus the filtered group. Widen the filter or remove it.',
      'filter-reveals-hidden':
        'The filter would single out a group that is hidden for anonymity. Choose other values or remove the filter.',
      'filter-merged':
        'This unit is shown only as part of “Other”, so it cannot be filtered to on its own. Filter to “Other” instead.',
      filter: 'The filter would single out a group of fewer than {{k}}. Widen the filter or remove it.',
      differencing:
        'This filter differs from one already shown by fewer than {{k}} respondents, so together they would reveal a small group. Use a filter shown before, or a clearly different one.',
      excluded: 'This unit is left out of breakdowns in the study’s settings.',
    },
    cell: {
      'below-k': '< {{k}}',
      complementary: 'hidden',
      'effective-n': 'hidden',
      filter: 'hidden',
      differencing: 'hidden',
      excluded: 'left out',
    },
    mask: { email: '[e-mail]', phone: '[phone]', name: '[name]', account: '[number]' },
    commentsHidden: 'Comments from groups of fewer than {{k}} respondents are not quoted.',
    units: {
      title: 'Units in breakdowns',
      lead: 'Show small units together as one unit, and leave units out of every breakdown (they still count in the totals). Stored in the study; the report’s method page says so.',
      variable: 'Background variable',
      merge: 'Show units with fewer respondents than this together',
      mergeHint: 'Leave empty to show every unit on its own.',
      mergedLabel: 'Name of the merged unit ({{language}})',
      excluded: 'Leave out of breakdowns',
      save: 'Save unit rules',
      saved: 'Unit rules saved.',
      otherUnderK:
        'Together the small units still have fewer than {{k}} respondents: “Other” will be hidden, and one more unit with it.',
      merging_one: '{{count}} unit will be shown as “{{label}}”.',
      merging_other: '{{count}} units will be shown as “{{label}}”.',
      none: 'This study has no background variable with units.',
    },
    method: {
      merged: 'Units with fewer than {{n}} respondents are shown together as “{{label}}” ({{variable}}).',
      excluded_one:
        '{{units}} is left out of breakdowns by {{variable}}; its respondents still count in the totals.',
      excluded_other:
        '{{units}} are left out of breakdowns by {{variable}}; their respondents still count in the totals.',
      complementary:
        'A result marked “hidden” is not shown because, together with a total, it would reveal a group of fewer than {{k}} by subtraction; the smallest such result is always the one hidden.',
    },
  },
};
