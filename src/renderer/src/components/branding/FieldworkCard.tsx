import { Button, Card, NumberInput, Table, Text, TextInput, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WaveFieldwork } from '../../../../shared/api/branding';
import { formatNumber, formatPercent } from '../../../../shared/format';
import { useApi } from '../../hooks/useApi';
import { useLang } from '../../hooks/useLang';
import { useStudy } from '../../hooks/useStudy';
import { useNotices } from '../common/Notices';

type Draft = { start: string; end: string; invited: number | ''; responded: number | '' };

const draftOf = (w: WaveFieldwork): Draft => ({
  start: w.start ?? '',
  end: w.end ?? '',
  invited: w.invited ?? '',
  responded: w.responded ?? '',
});

/**
 * Settings → fieldwork per wave: the dates, how many were invited and how many answered (empty: the
 * wave's respondents in the file). The method page of the PDF and the deck prints them with the
 * response rate. The backend checks again (end before start, more answers than invitations).
 */
export function FieldworkCard() {
  const { t } = useTranslation();
  const lang = useLang();
  const api = useApi();
  const notices = useNotices();
  const { overview } = useStudy();
  const studyId = overview.studyId;
  const [waves, setWaves] = useState<WaveFieldwork[]>([]);
  const [drafts, setDrafts] = useState<Record<number, Draft>>({});
  const [busy, setBusy] = useState<number | null>(null);

  const show = (list: WaveFieldwork[]) => {
    setWaves(list);
    setDrafts(Object.fromEntries(list.map((w) => [w.year, draftOf(w)])));
  };
  useEffect(() => {
    void api('study/getFieldwork', { studyId }).then((l) => l && show(l));
  }, [api, studyId]);

  const save = async (w: WaveFieldwork) => {
    const d = drafts[w.year]!;
    setBusy(w.year);
    const list = await api('study/setFieldwork', {
      studyId,
      year: w.year,
      start: d.start || null,
      end: d.end || null,
      invited: d.invited === '' ? null : d.invited,
      responded: d.responded === '' ? null : d.responded,
    });
    setBusy(null);
    if (!list) return;
    show(list);
    notices.success(t('fieldwork.saved', { wave: w.label }));
  };
  const set = (year: number, patch: Partial<Draft>) =>
    setDrafts((all) => ({ ...all, [year]: { ...all[year]!, ...patch } }));

  if (waves.length === 0) return null;
  return (
    <Card withBorder radius="lg" p="xl" maw={960} data-testid="fieldwork-card">
      <Title order={4} mb={4}>
        {t('fieldwork.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="lg">
        {t('fieldwork.lead')}
      </Text>
      <Table verticalSpacing="sm" horizontalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('fieldwork.wave')}</Table.Th>
            <Table.Th>{t('fieldwork.start')}</Table.Th>
            <Table.Th>{t('fieldwork.end')}</Table.Th>
            <Table.Th>{t('fieldwork.invited')}</Table.Th>
            <Table.Th>{t('fieldwork.responded')}</Table.Th>
            <Table.Th>{t('fieldwork.rate')}</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {waves.map((w) => {
            const d = drafts[w.year] ?? draftOf(w);
            const changed = JSON.stringify(d) !== JSON.stringify(draftOf(w));
            return (
              <Table.Tr key={w.year} data-testid={`fieldwork-${w.year}`}>
                <Table.Td>
                  <Text fw={600}>{w.label}</Text>
                </Table.Td>
                <Table.Td>
                  <TextInput
                    type="date"
                    aria-label={t('fieldwork.start')}
                    data-testid={`fieldwork-${w.year}-start`}
                    value={d.start}
                    onChange={(e) => set(w.year, { start: e.currentTarget.value })}
                  />
                </Table.Td>
                <Table.Td>
                  <TextInput
                    type="date"
                    aria-label={t('fieldwork.end')}
                    data-testid={`fieldwork-${w.year}-end`}
                    value={d.end}
                    onChange={(e) => set(w.year, { end: e.currentTarget.value })}
                  />
                </Table.Td>
                <Table.Td>
                  <NumberInput
                    aria-label={t('fieldwork.invited')}
                    data-testid={`fieldwork-${w.year}-invited`}
                    min={0}
                    allowDecimal={false}
                    thousandSeparator={lang === 'en' ? ',' : ' '}
                    w={120}
                    value={d.invited}
                    onChange={(v) => set(w.year, { invited: typeof v === 'number' ? v : '' })}
                  />
                </Table.Td>
                <Table.Td>
                  <NumberInput
                    aria-label={t('fieldwork.responded')}
                    data-testid={`fieldwork-${w.year}-responded`}
                    min={0}
                    allowDecimal={false}
                    thousandSeparator={lang === 'en' ? ',' : ' '}
                    w={120}
                    placeholder={formatNumber(w.respondents, lang, 0)}
                    value={d.responded}
                    onChange={(v) => set(w.year, { responded: typeof v === 'number' ? v : '' })}
                  />
                </Table.Td>
                <Table.Td data-testid={`fieldwork-${w.year}-rate`}>
                  {w.responseRate === null ? (
                    <Text size="sm" c="dimmed">
                      {t('fieldwork.unknown')}
                    </Text>
                  ) : (
                    <Text size="sm" fw={600}>
                      {formatPercent(w.responseRate, lang)}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Button
                    size="xs"
                    variant="light"
                    disabled={!changed}
                    loading={busy === w.year}
                    data-testid={`fieldwork-${w.year}-save`}
                    onClick={() => void save(w)}
                  >
                    {t('fieldwork.save')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      <Text size="xs" c="dimmed" mt="sm">
        {t('fieldwork.hint')}
      </Text>
    </Card>
  );
}
