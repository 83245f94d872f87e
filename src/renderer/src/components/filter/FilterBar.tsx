import { Button, Group, MultiSelect, Paper, Select, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFilter } from '../../hooks/useFilter';
import { useSegments } from '../../hooks/useSegments';
import { FilterChip } from './FilterChip';

type Props = { present?: boolean; n?: number | null | undefined };

/**
 * The workshop's live filter: pick a background variable, then one or more of its values; every
 * analysis on the page follows at once. Several variables combine (all must hold). Plain Mantine
 * inputs, so the whole bar works from the keyboard (Tab, arrows, Enter, Esc).
 */
export function FilterBar({ present, n }: Props) {
  const { t } = useTranslation();
  const { filter, setFilter } = useFilter();
  const segments = useSegments();
  const [variable, setVariable] = useState<string | null>(filter[0]?.variable ?? segments[0]?.code ?? null);
  if (segments.length === 0) return null;
  const seg = segments.find((s) => s.code === variable);
  const values = filter.find((c) => c.variable === variable)?.values ?? [];

  const setValues = (next: string[]) => {
    if (!variable) return;
    const at = filter.findIndex((c) => c.variable === variable);
    const rest = filter.filter((c) => c.variable !== variable);
    if (next.length === 0) return setFilter(rest);
    const cond = { variable, values: next };
    setFilter(at < 0 ? [...filter, cond] : filter.map((c, i) => (i === at ? cond : c)));
  };
  const size = present ? 'md' : 'sm';

  return (
    <Paper
      withBorder={!present}
      radius="md"
      p={present ? 0 : 'sm'}
      bg={present ? 'transparent' : undefined}
      data-testid="filter-bar"
    >
      <Group gap="sm" wrap="wrap" align="center">
        <Text fw={600} size={size} c="dimmed" component="label" htmlFor="filter-variable">
          {t('filter.label')}
        </Text>
        <Select
          id="filter-variable"
          data-testid="filter-variable"
          aria-label={t('filter.variable')}
          size={size}
          w={present ? 220 : 190}
          allowDeselect={false}
          value={variable}
          onChange={setVariable}
          data={segments.map((s) => ({ value: s.code, label: s.label }))}
        />
        <MultiSelect
          data-testid="filter-values"
          aria-label={t('filter.values')}
          placeholder={values.length ? undefined : t('filter.allValues')}
          size={size}
          miw={present ? 260 : 220}
          maw={420}
          clearable
          searchable
          value={values}
          onChange={setValues}
          data={(seg?.options ?? []).map((o) => ({ value: o.code, label: o.label }))}
        />
        {filter.length > 0 ? (
          <FilterChip present={present} n={n} />
        ) : (
          <Text size={size} c="dimmed">
            {t('filter.none')}
          </Text>
        )}
        {filter.length > 0 && !present && (
          <Button variant="subtle" size="compact-sm" onClick={() => setFilter([])} data-testid="filter-clear">
            {t('filter.clearAll')}
          </Button>
        )}
      </Group>
    </Paper>
  );
}
