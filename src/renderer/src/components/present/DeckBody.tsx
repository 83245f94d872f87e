import { Alert, Box, Center, Loader } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isSuppressed } from '../../../../shared/analysis/dashboard';
import type { Suppressed } from '../../../../shared/analysis/dashboard';
import type { Analysed } from '../../../../shared/api/analysis';
import type { AsyncState } from '../../hooks/useAnalysis';
import { currentValue, isUpdating } from '../../hooks/useAnalysis';
import { SuppressedNotice } from '../common/SuppressedNotice';
import { UpdatingBadge } from '../common/UpdatingBadge';

type Props<T> = {
  state: AsyncState<Analysed<T>>;
  testId: string;
  children(result: Exclude<T, { suppressed: true }>, analysed: Analysed<T>): ReactNode;
};

/** The anonymity notice in the middle of the slide, where the room looks for the chart. */
export function SlideNotice({ suppressed }: { suppressed: Suppressed }) {
  return (
    <Center style={{ flex: 1, minHeight: 0 }} data-testid="slide-suppressed">
      <Box maw={1200}>
        <SuppressedNotice suppressed={suppressed} present />
      </Box>
    </Center>
  );
}

const column = { display: 'flex', flexDirection: 'column', minHeight: 0, flex: 1 } as const;

/**
 * A slide's analysis, as the pages' AnalysisBody shows one (loader, translated error, the
 * anonymity notice, "updating…" over the previous answer), but filling the slide's height so its
 * chart can take the room that is left.
 */
export function DeckBody<T>({ state, testId, children }: Props<T>) {
  const { t } = useTranslation();
  const value = currentValue(state);
  let body: ReactNode;
  if (value === null) {
    body =
      state.kind === 'error' ? (
        <Alert color="red" title={t('dashboard.failed')} data-testid="analysis-error">
          {t(`errors.${state.error.code}`, {
            defaultValue: state.error.message,
            ...(state.error.details ?? {}),
          })}
        </Alert>
      ) : (
        <Center style={{ flex: 1 }}>
          <Loader size="xl" />
        </Center>
      );
  } else if (isSuppressed(value.result)) {
    body = <SlideNotice suppressed={value.result} />;
  } else {
    body = children(value.result as Exclude<T, { suppressed: true }>, value);
  }
  const updating = isUpdating(state);
  return (
    <Box h="100%" pos="relative" data-testid={testId} aria-busy={updating} style={column}>
      <Box style={{ ...column, opacity: updating ? 0.5 : 1, transition: 'opacity 150ms ease-out' }}>
        {body}
      </Box>
      <UpdatingBadge visible={updating} testId="analysis-updating" />
    </Box>
  );
}
