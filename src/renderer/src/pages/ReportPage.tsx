import { Alert, Button, Card, Checkbox, Group, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/domain/language';
import { downloadBytes } from '../api/files';
import { PageHeader } from '../components/common/PageHeader';
import { filterText } from '../components/filter/filterText';
import { useFilter } from '../hooks/useFilter';
import { useSegments } from '../hooks/useSegments';
import { useApi } from '../hooks/useApi';
import { useLang } from '../hooks/useLang';
import { useStudy } from '../hooks/useStudy';

export function ReportPage() {
  const { t } = useTranslation();
  const api = useApi();
  const uiLang = useLang();
  const { overview, waveYear } = useStudy();
  const langs = overview.meta.languages;
  const [lang, setLang] = useState<Language>(langs.includes(uiLang) ? uiLang : (langs[0] ?? 'en'));
  const [wave, setWave] = useState<string | null>(waveYear === null ? null : String(waveYear));
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<{ name: string; pages: number } | null>(null);
  const { filter } = useFilter();
  const segments = useSegments();
  const [onlyFilter, setOnlyFilter] = useState(false);
  const filtered = onlyFilter && filter.length > 0;

  const exportPdf = async () => {
    setBusy(true);
    setDone(null);
    const pdf = await api('report/pdf', {
      studyId: overview.studyId,
      lang,
      ...(wave ? { waveYear: Number(wave) } : {}),
      ...(filtered ? { filter } : {}),
    });
    setBusy(false);
    if (!pdf) return;
    downloadBytes(pdf, 'application/pdf');
    setDone({ name: pdf.name, pages: pdf.pages });
  };

  return (
    <Stack gap="xl" data-testid="report-page">
      <PageHeader title={t('report.title')} lead={t('report.lead')} />
      <Card withBorder radius="lg" p="xl" maw={640}>
        <Stack>
          <Group grow>
            <Select
              data-testid="report-lang"
              label={t('report.language')}
              allowDeselect={false}
              value={lang}
              onChange={(v) => v && setLang(v as Language)}
              data={(['en', 'nb', 'da'] as const).map((l) => ({ value: l, label: t(`languages.${l}`) }))}
            />
            <Select
              data-testid="report-wave"
              label={t('report.wave')}
              allowDeselect={false}
              value={wave}
              onChange={setWave}
              placeholder={t('shell.noWaves')}
              data={overview.waves.map((w) => ({ value: String(w.year), label: String(w.year) }))}
            />
          </Group>
          {filter.length > 0 && (
            <Checkbox
              data-testid="report-only-filter"
              checked={onlyFilter}
              onChange={(e) => setOnlyFilter(e.currentTarget.checked)}
              label={t('report.onlyFilter', { filter: filterText(filter, segments) })}
              description={t('report.onlyFilterHint')}
            />
          )}
          <Group justify="flex-end">
            <Button data-testid="export-pdf" loading={busy} disabled={!wave} onClick={() => void exportPdf()}>
              {t('report.export')}
            </Button>
          </Group>
          {done && (
            <Alert color="teal" data-testid="report-done">
              <Text size="sm">{t('report.done', { name: done.name, count: done.pages })}</Text>
            </Alert>
          )}
        </Stack>
      </Card>
    </Stack>
  );
}
