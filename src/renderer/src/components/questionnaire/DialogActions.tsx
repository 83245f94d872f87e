import { Button, Group } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

type Props = {
  onCancel(): void;
  /** The primary button's text and test id. */
  label: string;
  testId: string;
  /** Runs the primary action; without it the primary button submits the surrounding form. */
  onConfirm?: () => void;
  disabled?: boolean;
  busy?: boolean;
  size?: 'xs';
  gap?: 'xs';
};

/** The questionnaire dialogs' and editors' buttons: Cancel, then the primary action. */
export function DialogActions({ onCancel, label, testId, onConfirm, disabled, busy, size, gap }: Props) {
  const { t } = useTranslation();
  return (
    <Group justify="flex-end" gap={gap}>
      <Button variant="default" size={size} onClick={onCancel}>
        {t('common.cancel')}
      </Button>
      <Button
        size={size}
        type={onConfirm ? 'button' : 'submit'}
        data-testid={testId}
        disabled={disabled}
        loading={busy}
        onClick={onConfirm}
      >
        {label}
      </Button>
    </Group>
  );
}

/**
 * A dialog's save: `busy` while `action` runs (the primary button shows it and cannot be pressed
 * twice), then `done` (closing the dialog) only when the action says it worked, so a refused change
 * leaves the user's input in place.
 */
export function useSaving() {
  const [busy, setBusy] = useState(false);
  const save = async (action: () => Promise<boolean>, done: () => void) => {
    setBusy(true);
    const ok = await action();
    setBusy(false);
    if (ok) done();
  };
  return { busy, save };
}
