import { Button, CloseButton, Group, Paper, Select, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { QUESTION_ROLES } from '../../../../shared/domain/questionnaire';
import type { QuestionRole, Scale } from '../../../../shared/domain/questionnaire';
import { NPS_SCALE } from '../../../../shared/domain/questionnaire';
import { RANGE_PRESETS, rangeScale } from './scales';
import type { RangePreset } from './scales';

type Props = {
  count: number;
  onScale(scale: Scale): void;
  onRole(role: QuestionRole): void;
  onClear(): void;
};

/** Shown while questions are selected: set one scale or role on all of them at once. */
export function BulkBar({ count, onScale, onRole, onClear }: Props) {
  const { t } = useTranslation();
  if (count === 0) return null;
  return (
    <Paper
      withBorder
      shadow="sm"
      radius="md"
      px="sm"
      py={6}
      bg="var(--mantine-color-blue-0)"
      data-testid="bulk-bar"
      style={{ position: 'sticky', top: 8, zIndex: 5 }}
    >
      <Group gap="sm" wrap="nowrap">
        <Text size="sm" fw={600} data-testid="bulk-count">
          {t('questionnaire.bulk.selected', { count })}
        </Text>
        <Select
          size="xs"
          w={150}
          data-testid="bulk-scale"
          placeholder={t('questionnaire.bulk.setScale')}
          value={null}
          onChange={(v) => v && onScale(v === 'nps' ? NPS_SCALE : rangeScale(v as RangePreset))}
          data={[
            ...RANGE_PRESETS.map((p) => ({ value: p, label: p.replace('-', '–') })),
            { value: 'nps', label: '0–10 (NPS)' },
          ]}
        />
        <Select
          size="xs"
          w={200}
          data-testid="bulk-role"
          placeholder={t('questionnaire.bulk.setRole')}
          value={null}
          onChange={(v) => v && onRole(v as QuestionRole)}
          data={QUESTION_ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
        />
        <Button size="compact-xs" variant="subtle" onClick={onClear} ml="auto">
          {t('questionnaire.bulk.clear')}
        </Button>
        <CloseButton size="sm" aria-label={t('common.close')} onClick={onClear} />
      </Group>
    </Paper>
  );
}
