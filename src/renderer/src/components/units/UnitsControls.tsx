import { Group, Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { UnitsSettings } from '../../hooks/useUnits';
import type { SegmentVariable } from '../../hooks/useSegments';

type Props = {
  settings: UnitsSettings;
  segments: SegmentVariable[];
  questions: { value: string; label: string }[];
  update(patch: Partial<UnitsSettings>): void;
};

/** The background variable, an optional second one to cross it with, and the question to look at. */
export function UnitsControls({ settings, segments, questions, update }: Props) {
  const { t } = useTranslation();
  const options = segments.map((s) => ({ value: s.code, label: s.label }));
  return (
    <Group gap="lg" align="flex-end" wrap="wrap" data-testid="units-controls">
      <Select
        data-testid="units-variable"
        label={t('units.variable')}
        w={220}
        allowDeselect={false}
        value={settings.variable}
        onChange={(v) =>
          v && update({ variable: v, variable2: settings.variable2 === v ? null : settings.variable2 })
        }
        data={options}
      />
      <Select
        data-testid="units-variable2"
        label={t('units.variable2')}
        placeholder={t('units.none')}
        w={220}
        clearable
        value={settings.variable2}
        onChange={(v) => update({ variable2: v })}
        data={options.filter((o) => o.value !== settings.variable)}
      />
      <Select
        data-testid="units-question"
        label={t('units.question')}
        w={280}
        allowDeselect={false}
        value={settings.question}
        onChange={(v) => v && update({ question: v })}
        data={questions}
      />
    </Group>
  );
}
