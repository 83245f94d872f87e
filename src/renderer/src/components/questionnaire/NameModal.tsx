import { Modal, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language, Texts } from '../../../../shared/domain/language';
import { DialogActions, useSaving } from './DialogActions';
import { cleanTexts, hasText, TextsFields } from './TextsFields';

type Props = {
  opened: boolean;
  title: string;
  languages: Language[];
  testId: string;
  onClose(): void;
  onSubmit(texts: Texts): Promise<boolean>;
};

/** Names a new stage or touchpoint in the study's languages. */
export function NameModal({ opened, title, languages, testId, onClose, onSubmit }: Props) {
  const { t } = useTranslation();
  const [texts, setTexts] = useState<Texts>({});
  const { busy, save } = useSaving();
  const submit = () =>
    save(
      () => onSubmit(cleanTexts(texts)),
      () => {
        setTexts({});
        onClose();
      },
    );
  return (
    <Modal opened={opened} onClose={onClose} title={title} centered>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (hasText(texts)) void submit();
        }}
      >
        <Stack>
          <TextsFields
            languages={languages}
            value={texts}
            onChange={setTexts}
            label={t('questionnaire.name')}
            testId={`${testId}-name`}
          />
          <DialogActions
            onCancel={onClose}
            label={t('common.add')}
            testId={`${testId}-submit`}
            disabled={!hasText(texts)}
            busy={busy}
          />
        </Stack>
      </form>
    </Modal>
  );
}
