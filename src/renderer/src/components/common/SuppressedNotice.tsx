import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Suppressed } from '../../../../shared/analysis/dashboard';
import { suppressionKeys } from '../../../../shared/privacy/suppression-text';

type Props = { suppressed: Suppressed; present?: boolean; compact?: boolean };

/**
 * What a panel shows instead of results that are hidden for anonymity: why, in the client's words
 * (below k; hidden so that another group cannot be worked out by subtraction, and from which total;
 * a filter that would single out a group) — the same words as the PDF, PPTX and xlsx
 * (shared/privacy/suppression-text.ts). Never the hidden group's size.
 */
export function SuppressedNotice({ suppressed, present, compact }: Props) {
  const { t } = useTranslation();
  const keys = suppressionKeys(suppressed);
  return (
    <Stack
      gap={4}
      py={compact ? 0 : present ? 'xl' : 'md'}
      data-testid="suppressed"
      data-reason={suppressed.reason ?? 'below-k'}
      data-rule={suppressed.rule}
    >
      <Text fz={present ? 32 : compact ? 'sm' : 'lg'} fw={600} c="dimmed" lh={1.3}>
        {t(keys.headline, keys.vars)}
      </Text>
      {!compact && (
        <Text fz={present ? 'xl' : 'sm'} c="dimmed" maw={560} data-testid="suppressed-why">
          {t(keys.detail, keys.vars)}
        </Text>
      )}
    </Stack>
  );
}

/** The short label of a hidden table cell ("< 5", "hidden"), with the full reason as its tooltip. */
export function SuppressedCell({ suppressed }: { suppressed: Suppressed }) {
  const { t } = useTranslation();
  const complementary = suppressed.reason === 'complementary';
  const keys = suppressionKeys(suppressed);
  return (
    <Text
      span
      size="xs"
      c="dimmed"
      fs="italic"
      data-testid={complementary ? 'suppressed-cell-complementary' : 'suppressed-cell'}
      data-rule={suppressed.rule}
      title={t(keys.detail, keys.vars)}
    >
      {t(keys.cell, keys.vars)}
    </Text>
  );
}
