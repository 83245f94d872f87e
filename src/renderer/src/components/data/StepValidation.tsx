import {
  Alert,
  Badge,
  Button,
  Group,
  NumberInput,
  Radio,
  SegmentedControl,
  Stack,
  Text,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../../shared/api/errors';
import { ISSUE_CODES } from '../../../../shared/import/convert';
import { formatNumber } from '../../../../shared/format';
import { downloadBytes } from '../../api/files';
import { toOptions } from '../../hooks/importPreview';
import type { ImportPreviewState } from '../../hooks/importPreview';
import { useApi } from '../../hooks/useApi';
import { useLang } from '../../hooks/useLang';
import { useStudy } from '../../hooks/useStudy';
import { IssueTable } from './IssueTable';
import type { CommitSettings, IfDuplicate, OnError, RemapTarget } from './importSettings';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

type Props = {
  state: ImportPreviewState;
  settings: CommitSettings;
  onSettings(s: CommitSettings): void;
  failure: ApiError | null;
  /** Re-mapping a stored file: its wave is fixed and "imported before" is the point, not a warning. */
  remap?: RemapTarget | null;
};

/** Step 4: what is wrong in the file and where, what to do with it, and into which wave. */
export function StepValidation({ state, settings, onSettings, failure, remap = null }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const api = useApi();
  const { overview } = useStudy();
  const [downloading, setDownloading] = useState(false);
  const p = state.preview;
  if (!p || !state.file) return null;
  const v = p.validation;
  const file = state.file;

  const download = async () => {
    setDownloading(true);
    const r = await api('import/validationXlsx', {
      studyId: overview.studyId,
      file,
      ...toOptions(state.choices),
    });
    setDownloading(false);
    if (r) downloadBytes(r, XLSX);
  };

  return (
    <Stack gap="md">
      {failure && (
        <Alert
          color={failure.code === 'IMPORT_CANCELLED' ? 'gray' : 'red'}
          data-testid="import-failure"
          title={t(`errors.${failure.code}`, { defaultValue: failure.message })}
        >
          {failure.code === 'IMPORT_CANCELLED' ? null : failure.message}
        </Alert>
      )}
      {p.duplicateOf && !remap && (
        <Alert
          color="yellow"
          title={t('import.duplicate', { name: p.duplicateOf.name })}
          data-testid="import-duplicate"
        >
          <SegmentedControl
            mt={4}
            value={settings.ifDuplicate}
            onChange={(x) =>
              onSettings({
                ...settings,
                ifDuplicate: x === 'skip' ? 'skip' : ('replace' satisfies IfDuplicate),
              })
            }
            data={[
              { value: 'replace', label: t('import.duplicateReplace') },
              { value: 'skip', label: t('import.duplicateSkip') },
            ]}
          />
        </Alert>
      )}
      <Group gap="xl" data-testid="import-validation-counts">
        <Text size="sm">{t('import.rowsReadN', { n: formatNumber(v.rowsRead, lang) })}</Text>
        <Text size="sm">{t('import.emptyRowsN', { n: formatNumber(v.emptyRows, lang) })}</Text>
        <Text size="sm">{t('import.badRowsN', { n: formatNumber(v.badRows, lang) })}</Text>
        {ISSUE_CODES.filter((c) => (v.counts[c] ?? 0) > 0).map((c) => (
          <Badge
            key={c}
            variant="light"
            color={c === 'EMPTY_ROW' ? 'gray' : 'orange'}
            data-testid={`import-count-${c}`}
            tt="none"
          >
            {t(`importIssues.${c}`)}: {formatNumber(v.counts[c] ?? 0, lang)}
          </Badge>
        ))}
      </Group>
      {v.issues.length > 0 ? (
        <Stack gap={6} data-testid="import-validation">
          <Group justify="space-between">
            <Text fw={600}>
              {t('import.validation', {
                errors: formatNumber(v.errors, lang),
                warnings: formatNumber(v.warnings, lang),
              })}
            </Text>
            <Button
              variant="default"
              size="xs"
              loading={downloading}
              onClick={() => void download()}
              data-testid="import-validation-xlsx"
            >
              {t('import.downloadReport')}
            </Button>
          </Group>
          <IssueTable issues={v.issues} />
        </Stack>
      ) : (
        <Text size="sm" c="teal.8" data-testid="import-validation-ok">
          {t('import.validationOk')}
        </Text>
      )}
      <Group align="flex-start" gap="xl">
        <NumberInput
          data-testid="import-wave-year"
          label={t('import.waveYear')}
          description={remap ? t('remap.waveFixed', { year: remap.waveYear }) : undefined}
          value={settings.waveYear}
          onChange={(x) => typeof x === 'number' && onSettings({ ...settings, waveYear: x })}
          min={1900}
          max={2200}
          allowDecimal={false}
          thousandSeparator=""
          disabled={remap !== null}
          w={remap ? 220 : 140}
        />
        {v.errors > 0 && (
          <Radio.Group
            label={t('import.onError')}
            value={settings.onError}
            onChange={(x) =>
              onSettings({
                ...settings,
                onError: x === 'skip-row' || x === 'abort' ? x : ('missing' satisfies OnError),
              })
            }
            data-testid="import-on-error"
          >
            <Stack gap={6} mt={6}>
              <Radio
                value="missing"
                label={t('import.onErrorMissing')}
                data-testid="import-on-error-missing"
              />
              <Radio value="skip-row" label={t('import.onErrorSkip')} data-testid="import-on-error-skip" />
              <Radio value="abort" label={t('import.onErrorAbort')} data-testid="import-on-error-abort" />
            </Stack>
          </Radio.Group>
        )}
      </Group>
    </Stack>
  );
}
