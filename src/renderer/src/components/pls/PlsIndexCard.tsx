import { Badge, Card, Group, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { isSuppressed } from '../../../../shared/analysis/dashboard';
import { constructLabel } from '../../../../shared/api/pls';
import { formatNumber } from '../../../../shared/format';
import { useClient } from '../../api/ApiProvider';
import { useLang } from '../../hooks/useLang';
import { useStudy } from '../../hooks/useStudy';
import { SuppressedNotice } from '../common/SuppressedNotice';

/** Bootstrap samples for the index's interval on screen: enough for a stable 95 % interval, quick. */
const BOOTSTRAP = 300;

/**
 * The EPSI-style satisfaction index of the study's PLS model (study/getPlsModel): the target
 * construct's score on 0–100 with its bootstrap interval, and the impacts, what one point more in
 * each antecedent gives in the index, beside that antecedent's own performance. Shown only when the
 * study has a model; hidden under k like every figure.
 */
export function PlsIndexCard({ present = false }: { present?: boolean }) {
  const { t } = useTranslation();
  const lang = useLang();
  const client = useClient();
  const { overview, waveYear } = useStudy();
  const studyId = overview.studyId;
  const version = overview.meta.updatedAt;
  const model = useQuery({
    queryKey: ['study/getPlsModel', studyId, version],
    queryFn: async () => {
      const r = await client.invoke('study/getPlsModel', { studyId });
      return r.ok ? r.value.model : null;
    },
    staleTime: Infinity,
  });
  const index = useQuery({
    queryKey: ['analysis/plsIndex', studyId, waveYear, version],
    enabled: !!model.data && waveYear !== null,
    queryFn: async () => {
      const r = await client.invoke('analysis/plsIndex', {
        studyId,
        ...(waveYear !== null ? { waveYear } : {}),
        bootstrap: BOOTSTRAP,
        seed: 1,
      });
      if (!r.ok) throw r.error;
      return r.value;
    },
    staleTime: Infinity,
    retry: false,
  });
  if (!model.data) return null;
  const f = (x: number, d = 1) => formatNumber(x, lang, d);
  const fz = present ? 24 : undefined;
  const body = (() => {
    if (index.isPending) return <Loader size="sm" />;
    if (index.isError || !index.data) return <Text c="red">{t('plsIndex.failed')}</Text>;
    const r = index.data.result;
    if (isSuppressed(r)) return <SuppressedNotice suppressed={r} present={present} />;
    const ix = r.index;
    const impacts = [...(r.ipma ?? [])].sort((a, b) => b.importance - a.importance);
    return (
      <Stack gap="sm">
        <Group align="baseline" gap="md">
          <Text fz={present ? 72 : 44} fw={700} lh={1} data-testid="pls-index-value">
            {ix ? f(ix.value) : '–'}
          </Text>
          <Stack gap={0}>
            <Text fz={fz} fw={600}>
              {t('plsIndex.of', {
                target: constructLabel(model.data, ix?.target ?? model.data!.target, lang),
              })}
            </Text>
            <Text fz={present ? 20 : 'sm'} c="dimmed">
              {ix?.ci
                ? t('plsIndex.ci', {
                    lo: f(ix.ci[0]),
                    hi: f(ix.ci[1]),
                    n: formatNumber(r.n, lang, 0),
                    b: BOOTSTRAP,
                  })
                : t('plsIndex.n', { n: formatNumber(r.n, lang, 0) })}
            </Text>
          </Stack>
          {!r.converged && <Badge color="orange">{t('plsIndex.notConverged')}</Badge>}
        </Group>
        {impacts.length > 0 && (
          <Table fz={present ? 22 : 'sm'} data-testid="pls-impacts">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('plsIndex.driver')}</Table.Th>
                <Table.Th ta="right">{t('plsIndex.impact')}</Table.Th>
                <Table.Th ta="right">{t('plsIndex.performance')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {impacts.map((m) => (
                <Table.Tr key={m.construct}>
                  <Table.Td>{constructLabel(model.data, m.construct, lang)}</Table.Td>
                  <Table.Td ta="right">{`+${f(m.importance, 2)}`}</Table.Td>
                  <Table.Td ta="right">{f(m.performance)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        <Text fz={present ? 18 : 'xs'} c="dimmed">
          {t('plsIndex.method', { scheme: r.settings.scheme })}
        </Text>
      </Stack>
    );
  })();
  return (
    <Card withBorder={!present} radius="lg" p={present ? 'xl' : 'lg'} data-testid="pls-index-card">
      <Title order={present ? 2 : 4} mb="sm">
        {t('plsIndex.title', { year: waveYear })}
      </Title>
      {body}
    </Card>
  );
}
