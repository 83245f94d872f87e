import { Alert, Group, Select, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportColumnPreview } from '../../../../shared/api/import';
import { DATE_RULES } from '../../../../shared/import/dates';
import type { DateRule } from '../../../../shared/import/dates';
import { headerText } from '../../../../shared/import/header-text';
import type { ImportPreviewState } from '../../hooks/importPreview';

/** Each rule's catalog key (i18next keys cannot hold the rule's dots and slashes). */
const RULE_KEY: Record<DateRule, string> = {
  'dd.mm.yyyy': 'dmyDot',
  'dd-mm-yyyy': 'dmyDash',
  'dd/mm/yyyy': 'dmySlash',
  'mm/dd/yyyy': 'mdySlash',
  'yyyy-mm-dd': 'iso',
  'excel serial': 'excelSerial',
};
/** The Select's value for "no rule": the column is kept as written. */
const AS_WRITTEN = 'as-written';

const isRule = (v: string | null): v is DateRule => DATE_RULES.some((r) => r === v);

/** One column whose dates fit more than one rule: the rules it fits, to choose from. */
function Choice({ column, state }: { column: ImportColumnPreview; state: ImportPreviewState }) {
  const { t } = useTranslation();
  const name = headerText(column.header);
  const choose = (v: string | null) => {
    const next = { ...state.choices.dateRules };
    if (isRule(v)) next[column.index] = v;
    else delete next[column.index];
    void state.change({ dateRules: next });
  };
  return (
    <Alert
      color={column.dateRule ? 'blue' : 'yellow'}
      variant="light"
      p="xs"
      data-testid="import-date-choice"
      data-column={column.letter}
    >
      <Group justify="space-between" wrap="nowrap" gap="md">
        <Text size="sm">
          {t(column.dateRule ? 'importDates.chosen' : 'importDates.ambiguous', { column: name })}
        </Text>
        <Select
          data-testid="import-date-rule"
          aria-label={t('importDates.label', { column: name })}
          size="xs"
          w={320}
          allowDeselect={false}
          comboboxProps={{ withinPortal: true }}
          data={[
            { value: AS_WRITTEN, label: t('importDates.asWritten') },
            ...column.dateRules.map((r) => ({ value: r, label: t(`importDates.rule.${RULE_KEY[r]}`) })),
          ]}
          value={column.dateRule ?? AS_WRITTEN}
          onChange={choose}
          disabled={state.busy}
        />
      </Group>
    </Alert>
  );
}

/**
 * The dates the import reads to ISO, and how: one line for the columns whose format is clear, and a
 * choice for each column whose dates fit both day first and month first (kept as written until chosen).
 */
export function DateRules({ state }: { state: ImportPreviewState }) {
  const { t } = useTranslation();
  const p = state.preview;
  if (!p) return null;
  const clear = p.columns.filter((c) => c.dateRule && c.dateRules.length <= 1);
  const open = p.columns.filter((c) => c.dateRules.length > 1);
  if (clear.length === 0 && open.length === 0) return null;
  return (
    <Stack gap={6}>
      {open.map((c) => (
        <Choice key={c.index} column={c} state={state} />
      ))}
      {clear.length > 0 && (
        <Text size="xs" c="dimmed" data-testid="import-date-rules">
          {t('importTools.dates')}{' '}
          {clear
            .map((c) => t('importTools.dateRule', { column: headerText(c.header), rule: c.dateRule }))
            .join('; ')}
        </Text>
      )}
    </Stack>
  );
}
