import { describe, expect, it } from 'vitest';
import type { DriversResult } from '../analysis/drivers';
import { sampleDrivers } from './analysis-fixtures';
import { decompositionNote } from './drivers';

const withMethod = (m: DriversResult['shapleyMethod'], se?: number): DriversResult => {
  const r = sampleDrivers();
  return {
    ...r,
    shapleyMethod: m,
    drivers: r.drivers.map((d) => (se === undefined ? d : { ...d, shapleySe: se })),
  };
};

describe('decompositionNote', () => {
  it('names each method with its parameters, in every language', () => {
    expect(decompositionNote(withMethod({ method: 'shapley-exact' }), 'en')).toBe(
      'Shapley values computed exactly over all subsets of the 3 touchpoints.',
    );
    const owen = withMethod({
      method: 'owen-stages',
      groups: [
        { label: 'A', codes: ['web'] },
        { label: 'B', codes: ['claims', 'price'] },
      ],
    });
    expect(decompositionNote(owen, 'en')).toContain('first between the 2 journey stages');
    expect(decompositionNote(owen, 'nb')).toContain('mellom de 2 fasene');
    expect(decompositionNote(owen, 'da')).toContain('mellem de 2 faser');
    // The largest standard error, as percentage points of the share: 0.006 / R² 0.6 = 1.0 point.
    const sampled = withMethod({ method: 'shapley-sampled', permutations: 2000, seed: 7 }, 0.006);
    expect(decompositionNote(sampled, 'en')).toBe(
      'With 3 touchpoints, too many for all subsets, the Shapley values are estimated from 2,000 random orders (seed 7); Monte-Carlo standard error at most 1.0 percentage points.',
    );
    expect(decompositionNote(sampled, 'nb')).toContain('høyst 1,0 prosentpoeng');
  });
});
