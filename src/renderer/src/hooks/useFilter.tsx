import { createContext, useContext } from 'react';
import type { AnalysisFilter } from '../../../shared/analysis/weighting';

export type FilterState = {
  /** The live workshop filter: every condition holds (variable = one of the values). */
  filter: AnalysisFilter;
  setFilter(next: AnalysisFilter): void;
};

export const FilterContext = createContext<FilterState>({ filter: [], setFilter: () => undefined });

/** The filter shared by the dashboard, the priorities and the units pages (and present mode). */
export function useFilter(): FilterState {
  return useContext(FilterContext);
}

/** The filter as an analysis input: absent when empty, so unfiltered results share the cache. */
export function filterInput(filter: AnalysisFilter): { filter?: AnalysisFilter } {
  return filter.length > 0 ? { filter } : {};
}
