import { Card, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Suppressed } from '../../../../shared/analysis/dashboard';
import { suppressionKeys } from '../../../../shared/privacy/suppression-text';

type Props = {
  label: string;
  value: ReactNode;
  detail?: ReactNode;
  testId: string;
  big?: boolean;
  accent?: boolean;
  children?: ReactNode;
  present?: boolean;
};

/** One headline number with its caption; the number is the only loud thing on the card. */
export function KpiCard({ label, value, detail, testId, accent, children, present }: Props) {
  return (
    <Card withBorder={!present} radius="lg" p={present ? 'xl' : 'lg'} h="100%" data-testid={testId}>
      <Stack gap={present ? 8 : 4} h="100%">
        <Text
          size={present ? 'xl' : 'sm'}
          c="dimmed"
          fw={600}
          tt="uppercase"
          style={{ letterSpacing: '0.04em' }}
        >
          {label}
        </Text>
        <Text
          fz={present ? 120 : 56}
          fw={700}
          lh={1}
          className="tp-tabular"
          c={accent ? 'var(--mantine-primary-color-filled)' : undefined}
          data-testid={`${testId}-value`}
          style={{ letterSpacing: '-0.02em' }}
        >
          {value}
        </Text>
        {detail && (
          <Text size={present ? 'xl' : 'sm'} c="dimmed" data-testid={`${testId}-detail`}>
            {detail}
          </Text>
        )}
        {children}
      </Stack>
    </Card>
  );
}

/** What a group under the anonymity threshold shows instead of a number: never the result itself. */
export function SuppressedValue({
  k,
  present,
  suppressed,
}: {
  k: number;
  present?: boolean;
  suppressed?: Suppressed;
}) {
  const { t } = useTranslation();
  const keys = suppressed ? suppressionKeys(suppressed) : null;
  return (
    <Text
      fz={present ? 28 : 18}
      fw={600}
      c="dimmed"
      lh={1.3}
      data-testid="suppressed"
      title={keys ? t(keys.detail, keys.vars) : undefined}
    >
      {keys ? t(keys.headline, keys.vars) : t('dashboard.suppressed', { k })}
    </Text>
  );
}
