/** recentStudies: the recent list's folder line, shown when two studies share a name. */
export const recentStudies = {
  recentStudies: {
    inFolder: 'in {{folder}}',
  },
};
