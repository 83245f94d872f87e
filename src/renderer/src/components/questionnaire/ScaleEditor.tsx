import { Checkbox, Group, NumberInput, SimpleGrid, Stack, TagsInput, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Language, Texts } from '../../../../shared/domain/language';
import type { Scale } from '../../../../shared/domain/questionnaire';

type Props = { scale: Scale; languages: Language[]; onChange(next: Scale): void };

const DK = { en: 'Don’t know', nb: 'Vet ikke', da: 'Ved ikke' };
const NA = { en: 'Not applicable', nb: 'Ikke aktuelt', da: 'Ikke relevant' };

/** Range (min–max, labelled end points, don't-know / not-applicable codes) or coded answer options. */
export function ScaleEditor({ scale, languages, onChange }: Props) {
  const { t } = useTranslation();
  const lang = languages[0] ?? 'en';
  if (scale.kind === 'none') return null;
  if (scale.kind === 'choice') {
    return (
      <TagsInput
        size="xs"
        data-testid="edit-options"
        label={t('questionnaire.options')}
        description={t('questionnaire.optionsHint')}
        value={scale.options.map((o) => o.texts[lang] ?? o.texts.en ?? o.code)}
        onChange={(labels) =>
          onChange({
            kind: 'choice',
            options: labels.map((label, i) => ({
              code: scale.options[i]?.code ?? String(i + 1),
              texts: { ...(scale.options[i]?.texts ?? {}), [lang]: label },
            })),
          })
        }
      />
    );
  }
  const label = (value: number): Texts => scale.labels.find((p) => p.value === value)?.texts ?? {};
  const setLabel = (value: number, l: Language, text: string) => {
    const texts: Texts = { ...label(value), [l]: text };
    if (!text) delete texts[l];
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
    const others = scale.missingCodes.filter((m) => m.kind !== kind);
    onChange({
      ...scale,
      missingCodes:
        value === null ? others : [...others, { value, kind, texts: kind === 'dontKnow' ? DK : NA }],
    });
  };
  const ends = [
    { value: scale.min, key: 'low' },
    { value: scale.max, key: 'high' },
  ] as const;
  return (
    <Stack gap="xs">
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
      <SimpleGrid cols={2} spacing="xs">
        {ends.map((end) => (
          <Stack key={end.key} gap={4}>
            <Text size="xs" c="dimmed">
              {t(`questionnaire.label_${end.key}`, { value: end.value })}
            </Text>
            {languages.map((l) => (
              <TextInput
                key={l}
                size="xs"
                data-testid={`edit-label-${end.key}-${l}`}
                placeholder={t(`languages.${l}`)}
                aria-label={`${t(`questionnaire.label_${end.key}`, { value: end.value })} (${t(`languages.${l}`)})`}
                value={label(end.value)[l] ?? ''}
                onChange={(e) => setLabel(end.value, l, e.currentTarget.value)}
              />
            ))}
          </Stack>
        ))}
      </SimpleGrid>
    </Stack>
  );
}
