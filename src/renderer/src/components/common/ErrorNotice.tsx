import { Alert, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../../shared/api/errors';
import { errorText } from '../../../../shared/i18n/error-help';

type Props = { error: ApiError; testId?: string; present?: boolean };

/**
 * An error in a panel: what happened (the code's title), the contract's message with its details,
 * what to do, and the backend's own sentence small below when it names more (a value, a file).
 */
export function ErrorNotice({ error, testId = 'analysis-error', present }: Props) {
  const { t } = useTranslation();
  const e = errorText(t, error);
  return (
    <Alert color="red" title={e.title} data-testid={testId} data-code={error.code}>
      <Text size={present ? 'lg' : 'sm'} data-testid={`${testId}-message`}>
        {e.message}
      </Text>
      {e.action && (
        <Text size={present ? 'lg' : 'sm'} fw={600} mt={4} data-testid={`${testId}-action`}>
          {e.action}
        </Text>
      )}
      {e.detail && (
        <Text size="xs" c="dimmed" mt={4}>
          {t('errorHelp.details', { message: e.detail })}
        </Text>
      )}
    </Alert>
  );
}
