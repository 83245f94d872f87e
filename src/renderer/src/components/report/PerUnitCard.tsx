import {
  Alert,
  Button,
  Card,
  Group,
  List,
  Progress,
  SegmentedControl,
  Select,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PerUnitResult } from '../../../../shared/api/deliverables';
import type { Language } from '../../../../shared/domain/language';
import { storeZip } from '../../../../shared/zip/store-zip';
import { useApi } from '../../hooks/useApi';
import { useSegments } from '../../hooks/useSegments';
import { useStudy } from '../../hooks/useStudy';

type Props = { lang: Language; wave: string | null };

function bytesOf(base64: string): Uint8Array<ArrayBuffer> {
  const raw = atob(base64);
  const out = new Uint8Array(raw.length);
  for (let i = 0; i < raw.length; i++) out[i] = raw.charCodeAt(i);
  return out;
}

function saveZip(name: string, files: PerUnitResult['files']): void {
  const zip = storeZip(files.map((f) => ({ name: f.name, data: bytesOf(f.base64) })));
  const url = URL.createObjectURL(new Blob([zip as Uint8Array<ArrayBuffer>], { type: 'application/zip' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const slug = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

/**
 * "One report per unit": the consultant picks a background variable (branch, region) and gets a
 * zip with a PDF per unit; units without a report are listed with the reason.
 */
export function PerUnitCard({ lang, wave }: Props) {
  const { t } = useTranslation();
  const api = useApi();
  const { overview } = useStudy();
  const segments = useSegments();
  const [variable, setVariable] = useState<string | null>(null);
  const [format, setFormat] = useState<'pdf' | 'pptx'>('pdf');
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<PerUnitResult | null>(null);
  const [seconds, setSeconds] = useState(0);
  useEffect(() => {
    if (!busy) return;
    setSeconds(0);
    const started = Date.now();
    const id = setInterval(() => setSeconds(Math.floor((Date.now() - started) / 1000)), 500);
    return () => clearInterval(id);
  }, [busy]);

  const run = async () => {
    if (!variable) return;
    setBusy(true);
    setResult(null);
    try {
      const r = await api('report/perUnit', {
        studyId: overview.studyId,
        variable,
        format,
        lang,
        ...(wave ? { waveYear: Number(wave) } : {}),
      });
      if (!r) return;
      setResult(r);
      if (r.files.length > 0) {
        saveZip(`${slug(`${overview.meta.client} ${variable} ${wave ?? ''}`)}.zip`, r.files);
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card withBorder radius="lg" p="lg" maw={720} data-testid="deliverable-per-unit">
      <Stack gap="sm">
        <Title order={4} fw={650}>
          {t('perUnit.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('perUnit.text')}
        </Text>
        <Group align="flex-end">
          <Select
            data-testid="per-unit-variable"
            label={t('perUnit.variable')}
            placeholder={t('perUnit.choose')}
            value={variable}
            onChange={setVariable}
            data={segments.map((s) => ({ value: s.code, label: s.label }))}
            style={{ flex: 1 }}
          />
          <SegmentedControl
            data-testid="per-unit-format"
            value={format}
            onChange={(v) => setFormat(v === 'pptx' ? 'pptx' : 'pdf')}
            data={[
              { value: 'pdf', label: 'PDF' },
              { value: 'pptx', label: 'PowerPoint' },
            ]}
          />
          <Button
            data-testid="export-per-unit"
            variant="light"
            loading={busy}
            disabled={!variable || !wave}
            onClick={() => void run()}
          >
            {t('perUnit.export')}
          </Button>
        </Group>
        {busy && (
          <Stack gap={4} data-testid="progress-per-unit">
            <Progress value={100} striped animated size="sm" />
            <Text size="xs" c="dimmed">
              {t('deliverables.working', { seconds })}
            </Text>
          </Stack>
        )}
        {result && (
          <Alert color={result.files.length ? 'teal' : 'yellow'} p="xs" data-testid="done-per-unit">
            <Text size="sm">
              {result.files.length ? t('perUnit.done', { count: result.files.length }) : t('perUnit.none')}
            </Text>
            {result.skipped.length > 0 && (
              <>
                <Text size="sm" mt={6}>
                  {t('perUnit.skippedLead')}
                </Text>
                <List size="sm" data-testid="per-unit-skipped">
                  {result.skipped.map((s) => (
                    <List.Item key={s.unit}>
                      {s.label}: {t(`perUnit.reason.${s.reason}`, { k: result.k })}
                    </List.Item>
                  ))}
                </List>
              </>
            )}
          </Alert>
        )}
      </Stack>
    </Card>
  );
}
