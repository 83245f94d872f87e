import { Alert, Center, Loader } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isSuppressed } from '../../../../shared/analysis/dashboard';
import type { Analysed } from '../../../../shared/api/analysis';
import type { AsyncState } from '../../hooks/useAnalysis';
import { currentValue } from '../../hooks/useAnalysis';
import { SuppressedNotice } from './SuppressedNotice';

type Props<T> = {
  state: AsyncState<Analysed<T>>;
  present?: boolean;
  minHeight?: number;
  children(result: Exclude<T, { suppressed: true }>, analysed: Analysed<T>): ReactNode;
};

/**
 * The body of a panel that shows one analysis: a loader, the localized error, the anonymity notice
 * when the (filtered) group is too small, or the result.
 */
export function AnalysisBody<T>({ state, present, minHeight = 160, children }: Props<T>) {
  const { t } = useTranslation();
  const value = currentValue(state);
  if (value === null) {
    if (state.kind === 'error') {
      return (
        <Alert color="red" title={t('dashboard.failed')} data-testid="analysis-error">
          {t(`errors.${state.error.code}`, {
            defaultValue: state.error.message,
            ...(state.error.details ?? {}),
          })}
        </Alert>
      );
    }
    return (
      <Center h={minHeight}>
        <Loader />
      </Center>
    );
  }
  if (isSuppressed(value.result)) return <SuppressedNotice suppressed={value.result} present={present} />;
  return <>{children(value.result as Exclude<T, { suppressed: true }>, value)}</>;
}
