/** live: Dansk. */
import type { Catalog } from '../en';

export const live: Pick<Catalog, 'live'> = {
  live: {
    updating: 'Opdaterer…',
    updatingLabel: 'Opdaterer tallene for det nye filter…',
  },
};
