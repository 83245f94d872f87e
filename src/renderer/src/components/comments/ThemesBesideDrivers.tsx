import { Card, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../../shared/format';
import { currentValue, useAnalysis } from '../../hooks/useAnalysis';
import { useLang } from '../../hooks/useLang';
import { useStudy } from '../../hooks/useStudy';

/**
 * What the comments are about, beside the drivers: each theme's share of the wave's comments and
 * the NPS of those who mention it against the others (the test named). Shown once the study has a
 * codebook; units under k are left out, as everywhere.
 */
export function ThemesBesideDrivers() {
  const { t } = useTranslation();
  const lang = useLang();
  const { overview, waveYear } = useStudy();
  const state = useAnalysis(
    'comments/themes',
    waveYear === null ? null : { studyId: overview.studyId, lang, by: 'unit', waveYear },
  );
  const value = currentValue(state);
  if (!value || value.themes.length === 0) return null;
  const rows = [...value.themes].sort((a, b) => b.share - a.share);
  const test = rows.map((r) => ('test' in r.nps ? r.nps.test : null)).find(Boolean);
  return (
    <Card withBorder radius="lg" p="lg" data-testid="themes-beside-drivers">
      <Title order={4} mb={4}>
        {t('commentsWs.besideTitle', { year: waveYear })}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('commentsWs.besideLead', { test: test ?? 'NPS difference z', k: value.k })}
      </Text>
      <Table striped withTableBorder fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('commentsWs.themes')}</Table.Th>
            <Table.Th ta="right">{t('commentsWs.besideShare')}</Table.Th>
            <Table.Th ta="right">{t('commentsWs.besideNpsWith')}</Table.Th>
            <Table.Th ta="right">{t('commentsWs.besideNpsWithout')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.code}>
              <Table.Td>{r.label}</Table.Td>
              <Table.Td ta="right">{`${formatNumber(100 * r.share, lang, 0)} %`}</Table.Td>
              <Table.Td ta="right" fw={'test' in r.nps && r.nps.p < 0.05 ? 700 : undefined}>
                {'test' in r.nps
                  ? `${formatNumber(r.nps.with.value, lang, 0)}${r.nps.p < 0.05 ? ' *' : ''}`
                  : '–'}
              </Table.Td>
              <Table.Td ta="right">
                {'test' in r.nps ? formatNumber(r.nps.without.value, lang, 0) : '–'}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Card>
  );
}
