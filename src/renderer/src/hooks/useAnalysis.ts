import { useEffect, useState } from 'react';
import type { InputOf, OperationName, OutputOf } from '../../../shared/api/contract';
import type { ApiError } from '../../../shared/api/errors';
import { useClient } from '../api/ApiProvider';
import { useStudy } from './useStudy';

export type AsyncState<T> =
  { kind: 'loading'; previous: T | null } | { kind: 'error'; error: ApiError } | { kind: 'ready'; value: T };

/**
 * Runs one analysis operation and re-runs it whenever its input (compared as JSON) or the study's data
 * changes; null input = nothing to run. While a new answer is on its way the previous one stays
 * available, so a live filter change does not blank the projector.
 */
export function useAnalysis<N extends OperationName>(
  name: N,
  input: InputOf<N> | null,
): AsyncState<OutputOf<N>> {
  const client = useClient();
  const { overview } = useStudy();
  const version = overview.meta.updatedAt;
  const key = input === null ? null : JSON.stringify(input);
  const [state, setState] = useState<AsyncState<OutputOf<N>>>({ kind: 'loading', previous: null });

  useEffect(() => {
    if (key === null) return;
    let live = true;
    setState((s) => ({
      kind: 'loading',
      previous: s.kind === 'ready' ? s.value : s.kind === 'loading' ? s.previous : null,
    }));
    void client.invoke(name, JSON.parse(key) as InputOf<N>).then((r) => {
      if (!live) return;
      setState(r.ok ? { kind: 'ready', value: r.value } : { kind: 'error', error: r.error });
    });
    return () => {
      live = false;
    };
  }, [client, name, key, version]);

  return state;
}

/** The value to draw: the current answer, or the previous one while the next is loading. */
export function currentValue<T>(s: AsyncState<T>): T | null {
  return s.kind === 'ready' ? s.value : s.kind === 'loading' ? s.previous : null;
}
