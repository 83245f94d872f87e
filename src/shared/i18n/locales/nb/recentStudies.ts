import type { Catalog } from '../en';
export const recentStudies: Pick<Catalog, 'recentStudies'> = {
  recentStudies: {
    inFolder: 'i {{folder}}',
  },
};
