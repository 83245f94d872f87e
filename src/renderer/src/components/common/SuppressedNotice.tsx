import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Suppressed } from '../../../../shared/analysis/dashboard';

type Props = { suppressed: Suppressed; present?: boolean; compact?: boolean };

/**
 * What a panel shows instead of results for a group under the anonymity threshold: the rule, never
 * the number (nor the group's size). A refused filter also says why.
 */
export function SuppressedNotice({ suppressed, present, compact }: Props) {
  const { t } = useTranslation();
  return (
    <Stack gap={4} py={compact ? 0 : present ? 'xl' : 'md'} data-testid="suppressed">
      <Text fz={present ? 32 : compact ? 'sm' : 'lg'} fw={600} c="dimmed" lh={1.3}>
        {t('dashboard.suppressed', { k: suppressed.k })}
      </Text>
      {!compact && (
        <Text fz={present ? 'xl' : 'sm'} c="dimmed">
          {suppressed.reason === 'filter'
            ? t('filter.refused')
            : suppressed.reason === 'differencing'
              ? t('filter.differencing', { k: suppressed.k })
              : suppressed.reason === 'effective-n'
                ? t('anonymity.effectiveN', { k: suppressed.k })
                : t('anonymity.why', { k: suppressed.k })}
        </Text>
      )}
    </Stack>
  );
}

/** The short label of a suppressed table cell: below k, or hidden to protect another cell. */
export function SuppressedCell({ suppressed }: { suppressed: Suppressed }) {
  const { t } = useTranslation();
  const complementary = suppressed.reason === 'complementary';
  return (
    <Text
      span
      size="xs"
      c="dimmed"
      fs="italic"
      data-testid={complementary ? 'suppressed-cell-complementary' : 'suppressed-cell'}
      title={
        complementary
          ? t('anonymity.complementaryLong', { k: suppressed.k })
          : t('dashboard.suppressed', { k: suppressed.k })
      }
    >
      {complementary ? t('anonymity.hidden') : t('anonymity.belowK', { k: suppressed.k })}
    </Text>
  );
}
