import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';

type Props = {
  onCancel(): void;
  onBack: (() => void) | null;
  onNext(): void;
  nextLabel: string;
  nextTestId: string;
  busy: boolean;
};

/** Cancel on the left, Back and the step's main action on the right; Esc does what Cancel does. */
export function WizardFooter({ onCancel, onBack, onNext, nextLabel, nextTestId, busy }: Props) {
  const { t } = useTranslation();
  return (
    <Group justify="space-between" mt="lg">
      <Button variant="subtle" color="gray" onClick={onCancel} data-testid="import-cancel-wizard">
        {t('import.cancelWizard')}
      </Button>
      <Group gap="sm">
        {onBack && (
          <Button variant="default" onClick={onBack} data-testid="import-back" disabled={busy}>
            {t('import.back')}
          </Button>
        )}
        <Button onClick={onNext} data-testid={nextTestId} loading={busy}>
          {nextLabel}
        </Button>
      </Group>
    </Group>
  );
}
