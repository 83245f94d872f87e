/** live: Norsk bokmål. */
import type { Catalog } from '../en';

export const live: Pick<Catalog, 'live'> = {
  live: {
    updating: 'Oppdaterer…',
    updatingLabel: 'Oppdaterer tallene for det nye filteret…',
  },
};
