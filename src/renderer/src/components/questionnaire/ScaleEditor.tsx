import {
  Button,
  Checkbox,
  CloseButton,
  Group,
  NumberInput,
  ScrollArea,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Language, Texts } from '../../../../shared/domain/language';
import type { RangeScale, Scale } from '../../../../shared/domain/questionnaire';

type ChoiceScale = Extract<Scale, { kind: 'choice' }>;
import { MAX_LABELLED_POINTS, nextOptionCode, scalePoints, withText } from './scales';
import './scale-editor.css';

type Props = { scale: Scale; languages: Language[]; onChange(next: Scale): void };

const DK = { en: 'Don’t know', nb: 'Vet ikke', da: 'Ved ikke' };
const NA = { en: 'Not applicable', nb: 'Ikke aktuelt', da: 'Ikke relevant' };

/**
 * Range (min–max, don't-know / not-applicable codes, a label for every point and missing code in every
 * study language) or coded answer options with their texts in every study language.
 */
export function ScaleEditor({ scale, languages, onChange }: Props) {
  if (scale.kind === 'none') return null;
  if (scale.kind === 'choice')
    return <OptionsTable scale={scale} languages={languages} onChange={onChange} />;
  return <RangeEditor scale={scale} languages={languages} onChange={onChange} />;
}

/** The text in another language, shown faded in an empty cell as what to translate. */
function otherText(texts: Texts, lang: Language): string | undefined {
  return Object.entries(texts).find(([l, v]) => l !== lang && v)?.[1];
}

/** A header row of the study languages, as the label and option tables share it. */
function LanguageHeads({
  first,
  languages,
  last,
  right,
}: {
  first: string;
  languages: Language[];
  last?: boolean;
  right?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Table.Thead>
      <Table.Tr>
        <Table.Th w={120}>
          <Text size="xs" c="dimmed" fw={600} ta={right ? 'right' : undefined} pr={right ? 6 : 0}>
            {first}
          </Text>
        </Table.Th>
        {languages.map((l) => (
          <Table.Th key={l}>
            <Text size="xs" c="dimmed" fw={600}>
              {t(`languages.${l}`)}
            </Text>
          </Table.Th>
        ))}
        {last && <Table.Th w={32} />}
      </Table.Tr>
    </Table.Thead>
  );
}

function RangeEditor({ scale, languages, onChange }: Props & { scale: RangeScale }) {
  const { t } = useTranslation();
  const label = (value: number): Texts => scale.labels.find((p) => p.value === value)?.texts ?? {};
  const setLabel = (value: number, l: Language, text: string) => {
    const texts = withText(label(value), l, text);
    const others = scale.labels.filter((p) => p.value !== value);
    onChange({
      ...scale,
      labels: Object.keys(texts).length
        ? [...others, { value, texts }].sort((a, b) => a.value - b.value)
        : others,
    });
  };
  const missing = (kind: 'dontKnow' | 'notApplicable') => scale.missingCodes.find((m) => m.kind === kind);
  const setMissing = (kind: 'dontKnow' | 'notApplicable', value: number | null) => {
    const old = missing(kind);
    const others = scale.missingCodes.filter((m) => m.kind !== kind);
    const texts = old?.texts ?? (kind === 'dontKnow' ? DK : NA);
    onChange({ ...scale, missingCodes: value === null ? others : [...others, { value, kind, texts }] });
  };
  const setMissingText = (kind: 'dontKnow' | 'notApplicable', l: Language, text: string) =>
    onChange({
      ...scale,
      missingCodes: scale.missingCodes.map((m) =>
        m.kind === kind ? { ...m, texts: withText(m.texts ?? {}, l, text) } : m,
      ),
    });
  const points = scalePoints(scale);
  const count = scale.max - scale.min + 1;
  const cell = (
    testId: string,
    aria: string,
    value: string,
    set: (v: string) => void,
    placeholder?: string,
  ) => (
    <TextInput
      variant="unstyled"
      classNames={{ input: 'tp-grid-input' }}
      data-testid={testId}
      aria-label={aria}
      placeholder={placeholder}
      value={value}
      onChange={(e) => set(e.currentTarget.value)}
    />
  );
  return (
    <Stack gap={6}>
      <Group gap="xs" align="flex-end">
        <NumberInput
          size="xs"
          w={80}
          data-testid="edit-min"
          label={t('questionnaire.scaleMin')}
          value={scale.min}
          onChange={(v) => typeof v === 'number' && onChange({ ...scale, min: v })}
          allowDecimal={false}
        />
        <NumberInput
          size="xs"
          w={80}
          data-testid="edit-max"
          label={t('questionnaire.scaleMax')}
          value={scale.max}
          onChange={(v) => typeof v === 'number' && onChange({ ...scale, max: v })}
          allowDecimal={false}
        />
        {(['dontKnow', 'notApplicable'] as const).map((kind) => {
          const m = missing(kind);
          return (
            <Group key={kind} gap={6} align="center" pb={4}>
              <Checkbox
                size="xs"
                data-testid={`edit-${kind}`}
                label={t(`questionnaire.${kind}`)}
                checked={m !== undefined}
                onChange={(e) =>
                  setMissing(kind, e.currentTarget.checked ? (kind === 'dontKnow' ? 99 : 98) : null)
                }
              />
              {m && (
                <NumberInput
                  size="xs"
                  w={64}
                  aria-label={t('questionnaire.missingCode')}
                  value={m.value}
                  onChange={(v) => typeof v === 'number' && setMissing(kind, v)}
                  allowDecimal={false}
                />
              )}
            </Group>
          );
        })}
      </Group>
      <Group gap={6} align="baseline">
        <Text size="xs" fw={600}>
          {t('scaleEditor.pointLabels')}
        </Text>
        <Text size="xs" c="dimmed">
          {count > MAX_LABELLED_POINTS
            ? t('scaleEditor.endsOnly', { count })
            : t('scaleEditor.pointLabelsHint')}
        </Text>
      </Group>
      <ScrollArea.Autosize mah={360} maw={languages.length > 2 ? 1100 : 780} type="auto">
        <Table
          className="tp-grid"
          withTableBorder
          withColumnBorders
          verticalSpacing={2}
          horizontalSpacing={6}
          data-testid="edit-point-labels"
        >
          <LanguageHeads first={t('scaleEditor.point')} languages={languages} right />
          <Table.Tbody>
            {points.map((v) => (
              <Table.Tr key={v}>
                <Table.Td>
                  <Text size="xs" ff="monospace" ta="right" pr={6}>
                    {v}
                  </Text>
                </Table.Td>
                {languages.map((l) => (
                  <Table.Td key={l} className="tp-grid-cell">
                    {cell(
                      `edit-label-${v}-${l}`,
                      t('scaleEditor.labelOf', { point: v, language: t(`languages.${l}`) }),
                      label(v)[l] ?? '',
                      (text) => setLabel(v, l, text),
                      otherText(label(v), l),
                    )}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
            {scale.missingCodes.map((m) => (
              <Table.Tr key={`${m.kind}-${m.value}`} className="tp-grid-missing">
                <Table.Td>
                  <Text size="xs" ta="right" pr={6}>
                    <Text span size="xs" c="dimmed">
                      {t(`questionnaire.${m.kind}`)}
                    </Text>{' '}
                    <Text span size="xs" ff="monospace">
                      {m.value}
                    </Text>
                  </Text>
                </Table.Td>
                {languages.map((l) => (
                  <Table.Td key={l} className="tp-grid-cell">
                    {cell(
                      `edit-missing-${m.kind}-${l}`,
                      t('scaleEditor.labelOf', { point: m.value, language: t(`languages.${l}`) }),
                      m.texts?.[l] ?? '',
                      (text) => setMissingText(m.kind, l, text),
                      otherText(m.texts ?? {}, l),
                    )}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea.Autosize>
    </Stack>
  );
}

function OptionsTable({ scale, languages, onChange }: Props & { scale: ChoiceScale }) {
  const { t } = useTranslation();
  const setText = (i: number, l: Language, text: string) =>
    onChange({
      kind: 'choice',
      options: scale.options.map((o, j) => (j === i ? { ...o, texts: withText(o.texts, l, text) } : o)),
    });
  const untexted = scale.options.some((o) => !Object.values(o.texts).some(Boolean));
  return (
    <Stack gap={6} data-testid="edit-options">
      <Text size="xs" fw={600}>
        {t('scaleEditor.optionsTitle')}
      </Text>
      <ScrollArea.Autosize mah={360} maw={languages.length > 2 ? 1100 : 820} type="auto">
        <Table
          className="tp-grid"
          withTableBorder
          withColumnBorders
          verticalSpacing={2}
          horizontalSpacing={6}
        >
          <LanguageHeads first={t('scaleEditor.code')} languages={languages} last />
          <Table.Tbody>
            {scale.options.map((o, i) => (
              <Table.Tr key={o.code} data-testid={`edit-option-${o.code}`}>
                <Table.Td>
                  <Text size="xs" ff="monospace" truncate>
                    {o.code}
                  </Text>
                </Table.Td>
                {languages.map((l) => (
                  <Table.Td key={l} className="tp-grid-cell">
                    <TextInput
                      variant="unstyled"
                      classNames={{ input: 'tp-grid-input' }}
                      data-testid={`edit-option-${o.code}-${l}`}
                      aria-label={t('scaleEditor.optionText', {
                        code: o.code,
                        language: t(`languages.${l}`),
                      })}
                      placeholder={otherText(o.texts, l)}
                      value={o.texts[l] ?? ''}
                      onChange={(e) => setText(i, l, e.currentTarget.value)}
                    />
                  </Table.Td>
                ))}
                <Table.Td>
                  <CloseButton
                    size="sm"
                    aria-label={t('scaleEditor.removeOption', { code: o.code })}
                    data-testid={`edit-option-remove-${o.code}`}
                    onClick={() =>
                      onChange({ kind: 'choice', options: scale.options.filter((_, j) => j !== i) })
                    }
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea.Autosize>
      <Group gap="xs">
        <Button
          size="compact-xs"
          variant="light"
          data-testid="edit-option-add"
          onClick={() =>
            onChange({
              kind: 'choice',
              options: [...scale.options, { code: nextOptionCode(scale.options), texts: {} }],
            })
          }
        >
          + {t('scaleEditor.addOption')}
        </Button>
        {untexted && (
          <Text size="xs" c="red">
            {t('scaleEditor.optionNeedsText')}
          </Text>
        )}
      </Group>
    </Stack>
  );
}
