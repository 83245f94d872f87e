import { Button, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

type Props = { opened: boolean; onChoose(wording: 'comparable' | 'new' | null): void };

/** Asked when a question's text changes after answers exist: same question, or a new one with a new code. */
export function WordingModal({ opened, onChoose }: Props) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={() => onChoose(null)} title={t('questionnaire.wording.title')} centered>
      <Stack gap="sm">
        <Text size="sm">{t('questionnaire.wording.lead')}</Text>
        <Button data-testid="wording-comparable" variant="light" onClick={() => onChoose('comparable')}>
          {t('questionnaire.wording.comparable')}
        </Button>
        <Text size="xs" c="dimmed" mt={-6}>
          {t('questionnaire.wording.comparableHint')}
        </Text>
        <Button data-testid="wording-new" variant="light" onClick={() => onChoose('new')}>
          {t('questionnaire.wording.new')}
        </Button>
        <Text size="xs" c="dimmed" mt={-6}>
          {t('questionnaire.wording.newHint')}
        </Text>
        <Button variant="subtle" color="gray" onClick={() => onChoose(null)}>
          {t('common.cancel')}
        </Button>
      </Stack>
    </Modal>
  );
}
