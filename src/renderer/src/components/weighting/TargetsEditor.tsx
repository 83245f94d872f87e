import {
  ActionIcon,
  Alert,
  Button,
  Group,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../hooks/useLang';
import type { SegmentVariable } from '../../hooks/useSegments';
import type { TargetError, TargetRow } from '../../../../shared/analysis/targets-form';
import { rowSum } from '../../../../shared/analysis/targets-form';

type Props = {
  rows: TargetRow[];
  segments: SegmentVariable[];
  errors: TargetError[];
  busy: boolean;
  onChange(rows: TargetRow[]): void;
  onSave(): void;
  onCancel(): void;
};

/** Population shares per option of one or more background variables, in percent. */
export function TargetsEditor({ rows, segments, errors, busy, onChange, onSave, onCancel }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const set = (i: number, row: TargetRow) => onChange(rows.map((r, j) => (j === i ? row : r)));
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        onSave();
      }}
    >
      <Stack gap="md" data-testid="weighting-editor">
        {rows.map((row, i) => {
          const seg = segments.find((s) => s.code === row.variable);
          const sum = rowSum(row);
          const used = new Set(rows.filter((_, j) => j !== i).map((r) => r.variable));
          return (
            <Paper key={i} withBorder radius="md" p="md" data-testid={`weighting-row-${i}`}>
              <Group justify="space-between" align="flex-end" mb="sm">
                <Select
                  data-testid={`weighting-variable-${i}`}
                  label={t('weighting.variable')}
                  placeholder={t('weighting.variablePlaceholder')}
                  value={row.variable}
                  onChange={(v) => set(i, { variable: v, shares: {} })}
                  data={segments.map((s) => ({ value: s.code, label: s.label, disabled: used.has(s.code) }))}
                  allowDeselect={false}
                  w={280}
                />
                {rows.length > 1 && (
                  <ActionIcon
                    variant="subtle"
                    color="gray"
                    aria-label={t('weighting.removeVariable', { variable: seg?.label ?? '' })}
                    onClick={() => onChange(rows.filter((_, j) => j !== i))}
                  >
                    ×
                  </ActionIcon>
                )}
              </Group>
              {seg && (
                <>
                  <SimpleGrid cols={{ base: 2, md: 3 }} spacing="sm">
                    {seg.options.map((o) => (
                      <NumberInput
                        key={o.code}
                        data-testid={`weighting-share-${seg.code}-${o.code}`}
                        label={o.label}
                        aria-label={t('weighting.share', { option: o.label })}
                        value={row.shares[o.code] ?? ''}
                        onChange={(v) =>
                          set(i, {
                            ...row,
                            shares: { ...row.shares, [o.code]: typeof v === 'number' ? v : '' },
                          })
                        }
                        min={0}
                        max={100}
                        decimalScale={1}
                        suffix={lang === 'en' ? '%' : ' %'}
                        hideControls
                      />
                    ))}
                  </SimpleGrid>
                  <Text
                    size="sm"
                    mt="xs"
                    ta="right"
                    fw={600}
                    c={Math.abs(sum - 100) <= 0.15 ? 'teal' : 'orange'}
                    data-testid={`weighting-sum-${i}`}
                  >
                    {t('weighting.sum', { sum: Math.round(sum * 10) / 10 })}
                  </Text>
                </>
              )}
            </Paper>
          );
        })}
        {errors.length > 0 && (
          <Alert color="red" data-testid="weighting-errors">
            <Stack gap={4}>
              {errors.map((e, i) => (
                <Text key={i} size="sm">
                  {t(`weighting.${e.key}`, 'variable' in e ? { ...e } : {})}
                </Text>
              ))}
            </Stack>
          </Alert>
        )}
        <Group justify="space-between">
          <Button
            variant="subtle"
            data-testid="weighting-add"
            disabled={rows.length >= Math.min(8, segments.length)}
            onClick={() => onChange([...rows, { variable: null, shares: {} }])}
          >
            {t('weighting.addVariable')}
          </Button>
          <Group>
            <Button variant="default" onClick={onCancel}>
              {t('weighting.cancel')}
            </Button>
            <Button type="submit" data-testid="weighting-save" loading={busy}>
              {t('weighting.save')}
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
}
