import { Button, Group, Modal, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

type Props = { message: string | null; onCancel(): void; onConfirm(): void };

/** Asks before something that cannot be undone. Open while `message` is set. */
export function ConfirmModal({ message, onCancel, onConfirm }: Props) {
  const { t } = useTranslation();
  return (
    <Modal opened={message !== null} onClose={onCancel} title={t('common.areYouSure')} centered size="sm">
      <Text size="sm">{message}</Text>
      <Group justify="flex-end" mt="lg">
        <Button variant="default" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
        <Button color="red" onClick={onConfirm} data-testid="confirm-remove">
          {t('common.remove')}
        </Button>
      </Group>
    </Modal>
  );
}
