import { Group, SegmentedControl, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { WeightingKind } from '../../hooks/useWeightingChoice';
import { useWeightingChoice } from '../../hooks/useWeightingChoice';

/**
 * The dashboard's weighting, chosen on screen: none, the respondent weight column, or raked to the
 * population targets the study stores (offered once targets are entered under Settings → Weighting).
 */
export function WeightingControl() {
  const { t } = useTranslation();
  const { kind, hasTargets, setKind } = useWeightingChoice();
  const rake = {
    value: 'rake',
    disabled: !hasTargets,
    label: (
      <Tooltip label={t('dashboardMore.weightRakeMissing')} disabled={hasTargets} withArrow multiline w={260}>
        <span style={{ pointerEvents: 'auto' }}>{t('dashboardMore.weightRake')}</span>
      </Tooltip>
    ),
  };
  return (
    <Group gap="xs" wrap="nowrap" data-testid="weighting-control">
      <Text size="sm" c="dimmed" fw={600}>
        {t('dashboardMore.weighting')}
      </Text>
      <SegmentedControl
        size="xs"
        radius="md"
        value={kind ?? 'none'}
        disabled={kind === null}
        onChange={(v) => setKind(v as WeightingKind)}
        aria-label={t('dashboardMore.weighting')}
        data={[
          { value: 'none', label: t('dashboardMore.weightNone') },
          { value: 'column', label: t('dashboardMore.weightColumn') },
          rake,
        ]}
      />
    </Group>
  );
}
