import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { InputOf, OperationName, OutputOf } from '../../../shared/api/contract';
import type { ApiError } from '../../../shared/api/errors';
import { useClient } from '../api/ApiProvider';
import { useStudy } from './useStudy';

export type AsyncState<T> =
  { kind: 'loading'; previous: T | null } | { kind: 'error'; error: ApiError } | { kind: 'ready'; value: T };

/**
 * Runs one analysis operation and re-runs it whenever its input (compared as JSON) or the study's data
 * changes; null input = nothing to run. Answers are cached per input (@tanstack/react-query, one cache
 * per open study: ./AnalysisQueries.tsx), so going back to a filter shows it at once. While a new
 * answer is on its way the previous one stays available (`loading` with `previous`: the "updating"
 * state), so a live filter change does not blank the projector, and an answer that arrives after the
 * input has moved on is never shown as the current one.
 */
export function useAnalysis<N extends OperationName>(
  name: N,
  input: InputOf<N> | null,
): AsyncState<OutputOf<N>> {
  const client = useClient();
  const { overview } = useStudy();
  const version = overview.meta.updatedAt;
  const key = input === null ? null : JSON.stringify(input);
  const q = useQuery<OutputOf<N>, ApiError>({
    queryKey: [name, key, version],
    enabled: key !== null,
    queryFn: async () => {
      const r = await client.invoke(name, JSON.parse(key!) as InputOf<N>);
      if (!r.ok) throw r.error;
      return r.value;
    },
    placeholderData: keepPreviousData,
    staleTime: Infinity,
    retry: false,
    refetchOnWindowFocus: false,
  });
  if (q.isError) return { kind: 'error', error: q.error };
  if (q.data !== undefined && !q.isPlaceholderData) return { kind: 'ready', value: q.data };
  return { kind: 'loading', previous: q.data ?? null };
}

/** The value to draw: the current answer, or the previous one while the next is loading. */
export function currentValue<T>(s: AsyncState<T>): T | null {
  return s.kind === 'ready' ? s.value : s.kind === 'loading' ? s.previous : null;
}

/** Whether the numbers on screen are the previous answer while the next one is computed. */
export function isUpdating<T>(s: AsyncState<T>): boolean {
  return s.kind === 'loading' && s.previous !== null;
}
