import { Box, Center, Loader } from '@mantine/core';
import type { ReactNode } from 'react';
import { isSuppressed } from '../../../../shared/analysis/dashboard';
import type { Analysed } from '../../../../shared/api/analysis';
import type { AsyncState } from '../../hooks/useAnalysis';
import { currentValue, isUpdating } from '../../hooks/useAnalysis';
import { ErrorNotice } from './ErrorNotice';
import { UpdatingBadge } from './UpdatingBadge';
import { SuppressedNotice } from './SuppressedNotice';

type Props<T> = {
  state: AsyncState<Analysed<T>>;
  present?: boolean;
  minHeight?: number;
  children(result: Exclude<T, { suppressed: true }>, analysed: Analysed<T>): ReactNode;
};

/**
 * The body of a panel that shows one analysis: a loader, the localized error, the anonymity notice
 * when the (filtered) group is too small, or the result — while the next answer is computed, the
 * previous one with "updating…" over it.
 */
export function AnalysisBody<T>({ state, present, minHeight = 160, children }: Props<T>) {
  const value = currentValue(state);
  if (value === null) {
    if (state.kind === 'error') {
      return <ErrorNotice error={state.error} present={present} />;
    }
    return (
      <Center h={minHeight}>
        <Loader />
      </Center>
    );
  }
  const updating = isUpdating(state);
  // The previous answer stays, dimmed, with "updating…" over it until the new one arrives.
  return (
    <Box pos="relative" aria-busy={updating} data-updating={updating ? 'true' : 'false'}>
      <Box style={{ opacity: updating ? 0.5 : 1, transition: 'opacity 150ms ease-out' }}>
        {isSuppressed(value.result) ? (
          <SuppressedNotice suppressed={value.result} present={present} />
        ) : (
          children(value.result as Exclude<T, { suppressed: true }>, value)
        )}
      </Box>
      <UpdatingBadge visible={updating} testId="analysis-updating" />
    </Box>
  );
}
