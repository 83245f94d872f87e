import { Group, SegmentedControl, Select, Stack, Switch, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PrioritySettings } from '../../hooks/usePriorities';
import type { OutcomeQuestion } from '../../hooks/useSegments';

type Props = {
  settings: PrioritySettings;
  outcomes: OutcomeQuestion[];
  update(patch: Partial<PrioritySettings>): void;
};

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={4}>
      <Text size="xs" fw={600} c="dimmed" tt="uppercase" style={{ letterSpacing: '0.04em' }}>
        {label}
      </Text>
      {children}
    </Stack>
  );
}

/** Outcome, importance source, crosshair and the diagonal: how the map and the drivers are made. */
export function PriorityControls({ settings, outcomes, update }: Props) {
  const { t } = useTranslation();
  return (
    <Group gap="xl" align="flex-end" wrap="wrap" data-testid="priority-controls">
      <Field label={t('priorities.outcome')}>
        <Select
          data-testid="priority-outcome"
          aria-label={t('priorities.outcome')}
          w={230}
          allowDeselect={false}
          value={settings.outcome}
          onChange={(v) => v && update({ outcome: v })}
          data={outcomes.map((o) => ({ value: o.code, label: t(`outcomes.${o.role}`) }))}
        />
      </Field>
      <Field label={t('priorities.importance')}>
        <SegmentedControl
          data-testid="priority-importance"
          aria-label={t('priorities.importance')}
          value={settings.importance}
          onChange={(v) => update({ importance: v === 'derived' ? 'derived' : 'stated' })}
          data={[
            { value: 'stated', label: t('priorities.stated') },
            { value: 'derived', label: t('priorities.derived') },
          ]}
        />
      </Field>
      <Field label={t('priorities.crosshair')}>
        <SegmentedControl
          data-testid="priority-crosshair"
          aria-label={t('priorities.crosshair')}
          value={settings.crosshair}
          onChange={(v) =>
            update({ crosshair: v === 'median' ? 'median' : v === 'midpoint' ? 'midpoint' : 'mean' })
          }
          data={[
            { value: 'mean', label: t('priorities.mean') },
            { value: 'median', label: t('priorities.median') },
            { value: 'midpoint', label: t('priorities.midpoint') },
          ]}
        />
      </Field>
      <Stack gap={8} pb={4}>
        <Switch
          data-testid="priority-diagonal"
          label={t('priorities.diagonal')}
          checked={settings.diagonal}
          onChange={(e) => update({ diagonal: e.currentTarget.checked })}
        />
        <Switch
          data-testid="priority-bootstrap"
          label={t('priorities.bootstrap')}
          checked={settings.bootstrap}
          onChange={(e) => update({ bootstrap: e.currentTarget.checked })}
        />
      </Stack>
    </Group>
  );
}
