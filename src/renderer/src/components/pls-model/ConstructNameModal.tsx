import { Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlsModel } from '../../../../shared/api/pls';
import { LANGUAGES, type Language } from '../../../../shared/domain/language';

export type ConstructNames = { key: string; labels: Partial<Record<Language, string>> };

type Props = {
  model: PlsModel;
  /** The construct being renamed; null when closed. */
  name: string | null;
  onClose(): void;
  onApply(from: string, next: ConstructNames): void;
};

/** Renames a construct: its name in the model and how it is shown in English, Norwegian and Danish. */
export function ConstructNameModal({ model, name, onClose, onApply }: Props) {
  const { t } = useTranslation();
  return (
    <Modal opened={name !== null} onClose={onClose} title={t('plsModel.renameTitle')} size="md">
      {name !== null && (
        <NameForm
          key={name}
          model={model}
          name={name}
          onCancel={onClose}
          onApply={(n) => {
            onApply(name, n);
            onClose();
          }}
        />
      )}
    </Modal>
  );
}

function NameForm({
  model,
  name,
  onCancel,
  onApply,
}: {
  model: PlsModel;
  name: string;
  onCancel(): void;
  onApply(n: ConstructNames): void;
}) {
  const { t } = useTranslation();
  const [key, setKey] = useState(name);
  const [labels, setLabels] = useState<Partial<Record<Language, string>>>({
    ...model.constructs[name]?.labels,
  });
  const k = key.trim();
  const taken = k !== name && k in model.constructs;
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        if (k && !taken) onApply({ key: k, labels });
      }}
    >
      <Stack gap="sm">
        <TextInput
          label={t('plsModel.key')}
          data-testid="pls-name-key"
          value={key}
          onChange={(e) => setKey(e.currentTarget.value)}
          error={taken ? t('plsModel.keyTaken') : undefined}
          required
          data-autofocus
        />
        {LANGUAGES.map((l) => (
          <TextInput
            key={l}
            label={t('plsModel.labelIn', { language: t(`languages.${l}`) })}
            data-testid={`pls-name-${l}`}
            value={labels[l] ?? ''}
            placeholder={k}
            onChange={(e) => setLabels({ ...labels, [l]: e.currentTarget.value })}
          />
        ))}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onCancel}>
            {t('plsModel.cancel')}
          </Button>
          <Button type="submit" data-testid="pls-name-apply" disabled={!k || taken}>
            {t('plsModel.apply')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
