import { useCallback } from 'react';
import type { InputOf, OperationName, OutputOf } from '../../../shared/api/contract';
import { useClient } from '../api/ApiProvider';
import { useNotices } from '../components/common/Notices';

/**
 * Calls an operation; on failure shows the localized error and answers null, so pages only handle the
 * happy path.
 */
export function useApi(): <N extends OperationName>(
  name: N,
  input: InputOf<N>,
) => Promise<OutputOf<N> | null> {
  const client = useClient();
  const notices = useNotices();
  return useCallback(
    async <N extends OperationName>(name: N, input: InputOf<N>): Promise<OutputOf<N> | null> => {
      const r = await client.invoke(name, input);
      if (r.ok) return r.value;
      notices.error(r.error);
      return null;
    },
    [client, notices],
  );
}
