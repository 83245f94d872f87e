import { Badge, Group, NumberInput, Select, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { QUESTION_ROLES } from '../../../../shared/domain/questionnaire';
import type { QuestionRole } from '../../../../shared/domain/questionnaire';
import type { ReasonTranslate } from '../../../../shared/import/infer/reasons';
import { missingText, reasonsText } from '../../../../shared/import/infer/reasons';
import type { CreatedQuestionSummary } from '../../../../shared/import/infer/summary';
import type { Correction, ImportPreviewState } from '../../hooks/importPreview';

type Props = { q: CreatedQuestionSummary; column: number; state: ImportPreviewState; colSpan: number };

/**
 * Under a column that becomes a new question: the role, scale, touchpoint and missing codes the
 * import inferred, with why, and the role and scale ends to correct before importing.
 */
export function CreatedInference({ q, column, state, colSpan }: Props) {
  const { t } = useTranslation();
  const fix = (patch: Correction) =>
    void state.change({
      corrections: {
        ...state.choices.corrections,
        [column]: { ...state.choices.corrections?.[column], ...patch },
      },
    });
  const label = q.code;
  const { min, max } = q;
  // The reasons come as codes with the words they quote: worded here in the UI language.
  const tr: ReasonTranslate = (key, params) => t(key, params ?? {});
  const missing = missingText(q.missingCodes, tr);
  const scale = q.options !== null ? t('infer.options', { count: q.options }) : t('infer.none');
  return (
    <Table.Tr data-testid={`import-inferred-${q.code}`} data-role={q.role} data-scale={q.scale}>
      <Table.Td colSpan={colSpan} pt={0} pb={10} pl={28}>
        <Stack gap={4}>
          <Group gap="sm" align="flex-end" wrap="nowrap">
            <Select
              size="xs"
              w={210}
              label={t('import.inferred.role')}
              aria-label={`${t('import.inferred.role')} ${label}`}
              data-testid="import-inferred-role"
              allowDeselect={false}
              data={QUESTION_ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
              value={q.role}
              onChange={(v) => v && v !== q.role && fix({ role: v as QuestionRole })}
              comboboxProps={{ withinPortal: true }}
            />
            {min !== null && max !== null ? (
              <>
                <NumberInput
                  size="xs"
                  w={72}
                  label={t('import.inferred.min')}
                  aria-label={`${t('import.inferred.scale')} ${t('import.inferred.min')} ${label}`}
                  data-testid="import-inferred-min"
                  min={-10}
                  max={max - 1}
                  allowDecimal={false}
                  key={`min-${q.code}-${min}`}
                  defaultValue={min}
                  onBlur={(e) => {
                    const v = Number(e.currentTarget.value);
                    if (Number.isInteger(v) && v !== min && v < max) fix({ min: v });
                  }}
                />
                <NumberInput
                  size="xs"
                  w={72}
                  label={t('import.inferred.max')}
                  aria-label={`${t('import.inferred.scale')} ${t('import.inferred.max')} ${label}`}
                  data-testid="import-inferred-max"
                  min={min + 1}
                  max={100}
                  allowDecimal={false}
                  key={`max-${q.code}-${max}`}
                  defaultValue={max}
                  onBlur={(e) => {
                    const v = Number(e.currentTarget.value);
                    if (Number.isInteger(v) && v !== max && v > min) fix({ max: v });
                  }}
                />
              </>
            ) : (
              <Text size="xs" c="dimmed" pb={6}>
                {t('import.inferred.noScale', { scale })}
              </Text>
            )}
            {q.touchpoint && (
              <Badge variant="light" color="violet" mb={4} tt="none" data-testid="import-inferred-touchpoint">
                {t('import.inferred.touchpoint', { name: q.touchpoint })}
              </Badge>
            )}
            {missing && (
              <Badge variant="light" color="gray" mb={4} tt="none" data-testid="import-inferred-missing">
                {t('import.inferred.missing', { codes: missing })}
              </Badge>
            )}
          </Group>
          <Text size="xs" c="dimmed" data-testid="import-inferred-reason">
            {t('import.inferred.why', { reason: reasonsText(q.reasons, tr) })}
          </Text>
        </Stack>
      </Table.Td>
    </Table.Tr>
  );
}
