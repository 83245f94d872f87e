import { Button, Group, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportJobState } from '../../../../shared/api/import';
import { formatNumber } from '../../../../shared/format';
import { useLang } from '../../hooks/useLang';

type Props = { job: ImportJobState | null; onCancel(): void };

/** Step 5: the import running in the background, with rows, percent, time left and a Cancel. */
export function StepProgress({ job, onCancel }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const percent = job?.percent ?? 0;
  const eta = job?.etaSeconds ?? null;
  return (
    <Stack gap="md" data-testid="import-progress">
      <Text size="sm" fw={600} data-testid="import-progress-phase">
        {t(`import.phase.${job?.phase ?? 'reading'}`)}
      </Text>
      <Progress.Root size={28} radius="md">
        <Progress.Section
          value={percent}
          animated={job?.state === 'running'}
          striped
          aria-label={t('import.progressLabel')}
          data-testid="import-progress-bar"
        >
          <Progress.Label>{`${percent} %`}</Progress.Label>
        </Progress.Section>
      </Progress.Root>
      <Group justify="space-between">
        <Text size="sm" className="tp-tabular" data-testid="import-progress-rows">
          {t('import.progressRows', {
            done: formatNumber(job?.rowsDone ?? 0, lang),
            total: formatNumber(job?.rowsTotal ?? 0, lang),
          })}
        </Text>
        <Text size="sm" c="dimmed" className="tp-tabular" data-testid="import-progress-eta">
          {eta === null ? t('import.etaUnknown') : t('import.eta', { seconds: formatNumber(eta, lang) })}
        </Text>
      </Group>
      <Group justify="flex-end">
        <Button
          color="red"
          variant="light"
          onClick={onCancel}
          data-testid="import-job-cancel"
          disabled={job?.state !== 'running'}
        >
          {t('import.cancelImport')}
        </Button>
      </Group>
    </Stack>
  );
}
