import {
  Alert,
  Button,
  Card,
  Checkbox,
  Group,
  Progress,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/domain/language';
import { downloadBytes } from '../api/files';
import { PageHeader } from '../components/common/PageHeader';
import { LanguageNotice } from '../components/report/LanguageNotice';
import { PerUnitCard } from '../components/report/PerUnitCard';
import { filterText } from '../components/filter/filterText';
import { useApi } from '../hooks/useApi';
import { useFilter } from '../hooks/useFilter';
import { useSegments } from '../hooks/useSegments';
import { useLang } from '../hooks/useLang';
import { useStudy } from '../hooks/useStudy';

type Kind = 'pdf' | 'pptx' | 'xlsx';

const MIME: Record<Kind, string> = {
  pdf: 'application/pdf',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** Seconds since `busy` became true, ticking while it stays true: the progress of a long export. */
function useElapsed(busy: boolean): number {
  const [seconds, setSeconds] = useState(0);
  useEffect(() => {
    if (!busy) return;
    setSeconds(0);
    const started = Date.now();
    const id = setInterval(() => setSeconds(Math.floor((Date.now() - started) / 1000)), 500);
    return () => clearInterval(id);
  }, [busy]);
  return seconds;
}

function ExportCard(props: {
  kind: Kind;
  title: string;
  text: string;
  action: string;
  busy: Kind | null;
  disabled: boolean;
  done: string | null;
  onExport: (kind: Kind) => void;
}) {
  const { t } = useTranslation();
  const mine = props.busy === props.kind;
  const seconds = useElapsed(mine);
  return (
    <Card withBorder radius="lg" p="lg" data-testid={`deliverable-${props.kind}`}>
      <Stack gap="sm" h="100%" justify="space-between">
        <Stack gap={6}>
          <Title order={4} fw={650}>
            {props.title}
          </Title>
          <Text size="sm" c="dimmed">
            {props.text}
          </Text>
        </Stack>
        <Stack gap="xs">
          {mine && (
            <Stack gap={4} data-testid={`progress-${props.kind}`}>
              <Progress value={100} striped animated size="sm" />
              <Text size="xs" c="dimmed">
                {t('deliverables.working', { seconds })}
              </Text>
            </Stack>
          )}
          {props.done && !mine && (
            <Alert
              color="teal"
              p="xs"
              data-testid={props.kind === 'pdf' ? 'report-done' : `done-${props.kind}`}
            >
              <Text size="sm">{props.done}</Text>
            </Alert>
          )}
          <Group justify="flex-end">
            <Button
              data-testid={`export-${props.kind}`}
              loading={mine}
              disabled={props.disabled || (props.busy !== null && !mine)}
              variant={props.kind === 'pdf' ? 'filled' : 'light'}
              onClick={() => props.onExport(props.kind)}
            >
              {props.action}
            </Button>
          </Group>
        </Stack>
      </Stack>
    </Card>
  );
}

export function ReportPage() {
  const { t } = useTranslation();
  const api = useApi();
  const uiLang = useLang();
  const { overview, waveYear } = useStudy();
  const langs = overview.meta.languages;
  const [lang, setLang] = useState<Language>(langs.includes(uiLang) ? uiLang : (langs[0] ?? 'en'));
  const [wave, setWave] = useState<string | null>(waveYear === null ? null : String(waveYear));
  const [busy, setBusy] = useState<Kind | null>(null);
  const [done, setDone] = useState<Partial<Record<Kind, string>>>({});
  const { filter } = useFilter();
  const segments = useSegments();
  const [onlyFilter, setOnlyFilter] = useState(false);
  const filtered = onlyFilter && filter.length > 0;

  const exportFile = async (kind: Kind) => {
    setBusy(kind);
    setDone((d) => ({ ...d, [kind]: undefined }));
    const input = { studyId: overview.studyId, lang, ...(wave ? { waveYear: Number(wave) } : {}) };
    try {
      if (kind === 'pdf') {
        const r = await api('report/pdf', { ...input, ...(filtered ? { filter } : {}) });
        if (!r) return;
        downloadBytes(r, MIME.pdf);
        setDone((d) => ({ ...d, pdf: t('report.done', { name: r.name, count: r.pages }) }));
      } else if (kind === 'pptx') {
        const r = await api('report/pptx', input);
        if (!r) return;
        downloadBytes(r, MIME.pptx);
        setDone((d) => ({ ...d, pptx: t('deliverables.deckDone', { name: r.name, count: r.slides }) }));
      } else {
        const r = await api('report/xlsx', input);
        if (!r) return;
        downloadBytes(r, MIME.xlsx);
        setDone((d) => ({
          ...d,
          xlsx: t('deliverables.tablesDone', { name: r.name, count: r.sheets.length }),
        }));
      }
    } finally {
      setBusy(null);
    }
  };

  const cards: { kind: Kind; title: string; text: string; action: string }[] = [
    {
      kind: 'pdf',
      title: t('deliverables.pdfTitle'),
      text: t('deliverables.pdfText'),
      action: t('report.export'),
    },
    {
      kind: 'pptx',
      title: t('deliverables.pptxTitle'),
      text: t('deliverables.pptxText'),
      action: t('deliverables.exportPptx'),
    },
    {
      kind: 'xlsx',
      title: t('deliverables.xlsxTitle'),
      text: t('deliverables.xlsxText'),
      action: t('deliverables.exportXlsx'),
    },
  ];

  return (
    <Stack gap="xl" data-testid="report-page">
      <PageHeader title={t('report.title')} lead={t('deliverables.lead')} />
      <Card withBorder radius="lg" p="lg" maw={720}>
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
        <LanguageNotice studyId={overview.studyId} lang={lang} />
        {filter.length > 0 && (
          <Checkbox
            mt="md"
            data-testid="report-only-filter"
            checked={onlyFilter}
            onChange={(e) => setOnlyFilter(e.currentTarget.checked)}
            label={t('report.onlyFilter', { filter: filterText(filter, segments) })}
            description={t('report.onlyFilterHint')}
          />
        )}
      </Card>
      <SimpleGrid cols={{ base: 1, md: 3 }} spacing="lg" maw={1280}>
        {cards.map((c) => (
          <ExportCard
            key={c.kind}
            {...c}
            busy={busy}
            disabled={!wave}
            done={done[c.kind] ?? null}
            onExport={(k) => void exportFile(k)}
          />
        ))}
      </SimpleGrid>
      <PerUnitCard lang={lang} wave={wave} />
      <Text size="sm" c="dimmed" maw={720}>
        {t('deliverables.anonymity')}
      </Text>
    </Stack>
  );
}
