import { Popover, Stack, TextInput, UnstyledButton } from '@mantine/core';
import { useState } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language, Texts } from '../../../../shared/domain/language';
import { hasText, textsPatch, TextsFields } from './TextsFields';
import { DialogActions } from './DialogActions';

type Props = {
  texts: Texts;
  code: string;
  languages: Language[];
  testId: string;
  children: ReactNode;
  onSave(patch: { texts?: Texts; code?: string }): Promise<boolean>;
};

/** A stage or touchpoint name that opens an editor for its texts in every language and its code. */
export function NameEditor({ texts, code, languages, testId, children, onSave }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [draft, setDraft] = useState<Texts>(texts);
  const [draftCode, setDraftCode] = useState(code);
  const save = async () => {
    const patch: { texts?: Texts; code?: string } = {};
    const changed = textsPatch(draft, texts, languages);
    if (changed) patch.texts = changed;
    if (draftCode.trim() && draftCode.trim() !== code) patch.code = draftCode.trim();
    if (Object.keys(patch).length === 0 || (await onSave(patch))) setOpen(false);
  };
  return (
    <Popover
      opened={open}
      onChange={setOpen}
      position="bottom-start"
      width={380}
      trapFocus
      withinPortal
      shadow="md"
    >
      <Popover.Target>
        <UnstyledButton
          data-testid={`${testId}-rename`}
          onClick={() => {
            setDraft(texts);
            setDraftCode(code);
            setOpen((o) => !o);
          }}
          style={{ borderRadius: 4 }}
          title={t('questionnaire.rename')}
        >
          {children}
        </UnstyledButton>
      </Popover.Target>
      <Popover.Dropdown>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (hasText(draft)) void save();
          }}
        >
          <Stack gap="xs">
            <TextsFields
              languages={languages}
              value={draft}
              onChange={setDraft}
              label={t('questionnaire.name')}
              testId={`${testId}-name`}
              size="xs"
            />
            <TextInput
              size="xs"
              label={t('questionnaire.code')}
              data-testid={`${testId}-code`}
              value={draftCode}
              onChange={(e) => setDraftCode(e.currentTarget.value)}
            />
            <DialogActions
              size="xs"
              gap="xs"
              onCancel={() => setOpen(false)}
              label={t('common.save')}
              testId={`${testId}-save`}
              disabled={!hasText(draft)}
            />
          </Stack>
        </form>
      </Popover.Dropdown>
    </Popover>
  );
}
