/** The designer's scale editor: labels of every scale point and answer options in every study language. */
export const scaleEditor = {
  scaleEditor: {
    point: 'Point',
    pointLabels: 'Labels of the scale points',
    pointLabelsHint: 'Leave a point blank to show its number only.',
    endsOnly: 'The scale has {{count}} points: labels for its end points and missing codes only.',
    labelOf: 'Label of {{point}} in {{language}}',
    optionsTitle: 'Answer options',
    code: 'Code',
    optionText: 'Text of option {{code}} in {{language}}',
    addOption: 'Add option',
    removeOption: 'Remove option {{code}}',
    optionNeedsText: 'Every option needs a text in at least one language.',
  },
};
