import { Checkbox, Modal, Radio, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Draft } from '../../../../shared/questionnaire/draft';
import { TEMPLATES, templateDraft } from '../../../../shared/questionnaire/templates';
import type { TemplateId } from '../../../../shared/questionnaire/templates';
import { DialogActions, useSaving } from './DialogActions';

type Props = {
  opened: boolean;
  stageCount: number;
  touchpointCount: number;
  onClose(): void;
  onInsert(draft: Draft): Promise<boolean>;
};

/** A typical B2C or B2B journey, stages and touchpoints named in three languages, in one action. */
export function TemplateModal({ opened, stageCount, touchpointCount, onClose, onInsert }: Props) {
  const { t } = useTranslation();
  const [id, setId] = useState<TemplateId>('b2c');
  const [withQuestions, setWithQuestions] = useState(true);
  const { busy, save } = useSaving();
  const insert = () =>
    save(
      () =>
        onInsert(
          templateDraft(id, { withQuestions, stageOffset: stageCount, touchpointOffset: touchpointCount }),
        ),
      onClose,
    );
  return (
    <Modal opened={opened} onClose={onClose} title={t('questionnaire.template.title')} size="lg" centered>
      <Stack gap="sm">
        <Radio.Group value={id} onChange={(v) => setId(v as TemplateId)}>
          <Stack gap="xs">
            {TEMPLATES.map((tid) => (
              <Radio
                key={tid}
                value={tid}
                data-testid={`template-${tid}`}
                label={t(`questionnaire.template.${tid}`)}
                description={t(`questionnaire.template.${tid}Lead`)}
              />
            ))}
          </Stack>
        </Radio.Group>
        <Checkbox
          size="xs"
          data-testid="template-with-questions"
          label={t('questionnaire.template.withQuestions')}
          checked={withQuestions}
          onChange={(e) => setWithQuestions(e.currentTarget.checked)}
        />
        {stageCount > 0 && (
          <Text size="xs" c="dimmed">
            {t('questionnaire.template.appended')}
          </Text>
        )}
        <DialogActions
          size="xs"
          onCancel={onClose}
          label={t('questionnaire.template.insert')}
          testId="template-insert"
          busy={busy}
          onConfirm={() => void insert()}
        />
      </Stack>
    </Modal>
  );
}
