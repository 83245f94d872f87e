/** live: English UI strings for results that recompute while the previous ones stay on screen. */
export const live = {
  live: {
    updating: 'Updating…',
    updatingLabel: 'Updating the numbers for the new filter…',
  },
};
