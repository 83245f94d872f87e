import { Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Language, Texts } from '../../../../shared/domain/language';

type Props = {
  languages: Language[];
  value: Texts;
  onChange(next: Texts): void;
  label: string;
  testId: string;
  size?: 'xs' | 'sm';
  /** Focus the first field when shown (in a dialog); off for inline editors. */
  autoFocus?: boolean;
};

/** One text input per study language ("Text (Norsk bokmål)"). */
export function TextsFields({
  languages,
  value,
  onChange,
  label,
  testId,
  size = 'sm',
  autoFocus = true,
}: Props) {
  const { t } = useTranslation();
  return (
    <Stack gap={size === 'xs' ? 4 : 'xs'}>
      {languages.map((l, i) => (
        <TextInput
          key={l}
          size={size}
          data-testid={`${testId}-${l}`}
          label={languages.length > 1 ? `${label} (${t(`languages.${l}`)})` : label}
          value={value[l] ?? ''}
          onChange={(e) => onChange({ ...value, [l]: e.currentTarget.value })}
          required={i === 0}
          data-autofocus={autoFocus && i === 0 ? true : undefined}
        />
      ))}
    </Stack>
  );
}

/** Drops empty entries so the backend sees only the languages actually written. */
export function cleanTexts(texts: Texts): Texts {
  const out: Texts = {};
  for (const [k, v] of Object.entries(texts) as [keyof Texts, string | undefined][]) {
    if (v && v.trim()) out[k] = v.trim();
  }
  return out;
}

export function hasText(texts: Texts): boolean {
  return Object.values(texts).some((v) => typeof v === 'string' && v.trim() !== '');
}

/**
 * The languages whose text changed, for an update: a cleared field is sent as '' (which removes that
 * language); unchanged languages are left out. Null when nothing changed.
 */
export function textsPatch(next: Texts, before: Texts, languages: Language[]): Texts | null {
  const out: Texts = {};
  let any = false;
  for (const l of languages) {
    const v = (next[l] ?? '').trim();
    if (v !== (before[l] ?? '')) {
      out[l] = v;
      any = true;
    }
  }
  return any ? out : null;
}
