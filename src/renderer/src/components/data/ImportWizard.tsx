import { Button, Card, Group, NumberInput, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportPreview, ImportSummary } from '../../../../shared/api/import';
import type { FileBytes } from '../../../../shared/api/study';
import { formatNumber } from '../../../../shared/format';
import { fileToBytes } from '../../api/files';
import { useApi } from '../../hooks/useApi';
import { useLang } from '../../hooks/useLang';
import { useStudy } from '../../hooks/useStudy';
import { FileDrop } from '../common/FileDrop';
import { ImportChecks } from './ImportChecks';
import type { IfDuplicate } from './ImportChecks';
import { ImportPreviewTable } from './ImportPreviewTable';
import { ImportSummaryView } from './ImportSummaryView';

type OnError = 'missing' | 'skip-row' | 'abort';
type Step =
  | { kind: 'pick' }
  | { kind: 'preview'; file: FileBytes; preview: ImportPreview }
  | { kind: 'done'; summary: ImportSummary };

const ACCEPT = '.csv,.tsv,.txt,.xlsx,.xls,.ods';

/** Pick a file → see how its columns map → choose the wave → import → summary. */
export function ImportWizard({ onShowDashboard }: { onShowDashboard(): void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const api = useApi();
  const { overview, update, setWaveYear } = useStudy();
  const [step, setStep] = useState<Step>({ kind: 'pick' });
  const [year, setYear] = useState<number>(new Date().getFullYear());
  const [onError, setOnError] = useState<OnError>('missing');
  const [ifDuplicate, setIfDuplicate] = useState<IfDuplicate>('replace');
  const [busy, setBusy] = useState(false);

  const pick = async (f: File) => {
    setBusy(true);
    const file = await fileToBytes(f);
    const preview = await api('import/preview', { studyId: overview.studyId, file });
    setBusy(false);
    if (preview) setStep({ kind: 'preview', file, preview });
  };

  const commit = async (file: FileBytes, preview: ImportPreview) => {
    setBusy(true);
    const summary = await api('import/commit', {
      studyId: overview.studyId,
      file,
      waveYear: year,
      onError,
      ifDuplicate: preview.duplicateOf ? ifDuplicate : 'ask',
    });
    setBusy(false);
    if (!summary) return;
    update(summary.overview);
    setWaveYear(summary.waveYear);
    setStep({ kind: 'done', summary });
  };

  return (
    <Card withBorder radius="lg" p="lg" data-testid="import-wizard">
      <Title order={4} mb="md">
        {t('import.title')}
      </Title>
      {step.kind === 'pick' && (
        <FileDrop
          testId="import-file"
          accept={ACCEPT}
          label={t('import.drop')}
          hint={t('import.dropHint')}
          button={t('import.choose')}
          onFile={(f) => void pick(f)}
          disabled={busy}
        />
      )}
      {step.kind === 'preview' && (
        <Stack>
          <Text size="sm" data-testid="import-preview-summary">
            {t('import.previewSummary', {
              file: step.preview.fileName,
              rows: formatNumber(step.preview.rows, lang),
              mapped: step.preview.columns.filter((c) => c.questionCode).length,
              columns: step.preview.columns.length,
            })}
          </Text>
          <ImportChecks preview={step.preview} ifDuplicate={ifDuplicate} onIfDuplicate={setIfDuplicate} />
          <ImportPreviewTable preview={step.preview} />
          <Group align="flex-end" gap="lg">
            <NumberInput
              data-testid="import-wave-year"
              label={t('import.waveYear')}
              value={year}
              onChange={(v) => typeof v === 'number' && setYear(v)}
              min={1900}
              max={2200}
              allowDecimal={false}
              thousandSeparator=""
              w={140}
            />
            <Stack gap={4}>
              <Text size="sm" fw={500}>
                {t('import.onError')}
              </Text>
              <SegmentedControl
                value={onError}
                onChange={(v) => setOnError(v as OnError)}
                data={[
                  { value: 'missing', label: t('import.onErrorMissing') },
                  { value: 'skip-row', label: t('import.onErrorSkip') },
                  { value: 'abort', label: t('import.onErrorAbort') },
                ]}
              />
            </Stack>
          </Group>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setStep({ kind: 'pick' })} disabled={busy}>
              {t('common.cancel')}
            </Button>
            <Button
              data-testid="import-commit"
              loading={busy}
              onClick={() => void commit(step.file, step.preview)}
            >
              {t('import.commit', { year })}
            </Button>
          </Group>
        </Stack>
      )}
      {step.kind === 'done' && (
        <ImportSummaryView
          summary={step.summary}
          onDone={() => setStep({ kind: 'pick' })}
          onShowDashboard={onShowDashboard}
        />
      )}
    </Card>
  );
}
