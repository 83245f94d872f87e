import { Badge, Card, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MapPoint, MapResult } from '../../../../shared/analysis/drivers';
import type { Analysed } from '../../../../shared/api/analysis';
import { quadrantColors, quadrantLabel } from '../../../../shared/charts/importance-map';
import type { Palette } from '../../../../shared/charts/palette';
import { formatNumber, formatPercent, formatSigned } from '../../../../shared/format';
import type { AsyncState } from '../../hooks/useAnalysis';
import { useLang } from '../../hooks/useLang';
import { byPriority } from '../../../../shared/report/sections/map';
import { AnalysisBody } from '../common/AnalysisBody';

/** The report's one priority rule (quadrant, then priority score): the screen, PDF and PPTX agree. */
export function priorityOrder(map: MapResult): MapPoint[] {
  return byPriority(map);
}

type Props = { state: AsyncState<Analysed<MapResult>>; palette: Palette; present?: boolean };

/** What to work on first: the map's points ranked, with the gap between importance and performance. */
export function PriorityList({ state, palette, present }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const colors = quadrantColors(palette);
  const fz = present ? 'lg' : 'sm';
  return (
    <Card withBorder={!present} radius="lg" p={present ? 'xl' : 'lg'} h="100%" data-testid="priority-list">
      <Title order={present ? 2 : 4} mb={4}>
        {t('priorities.listTitle')}
      </Title>
      <Text size={present ? 'lg' : 'sm'} c="dimmed" mb="sm" data-testid="priority-rule">
        {t('map.rankingRule', { first: quadrantLabel('concentrate', lang) })}
      </Text>
      <AnalysisBody state={state} present={present}>
        {(map) => (
          <>
            <Table className="tp-tabular" verticalSpacing={present ? 10 : 6} fz={fz}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={28}>#</Table.Th>
                  <Table.Th>{t('dashboard.colTouchpoint')}</Table.Th>
                  <Table.Th ta="right">{t('priorities.colPerformance')}</Table.Th>
                  <Table.Th ta="right">{t('priorities.colImportance')}</Table.Th>
                  <Table.Th ta="right" title={t('map.scoreNote')}>
                    {t('map.colScore')}
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {priorityOrder(map).map((p, i) => (
                  <Table.Tr key={p.code} data-testid={`priority-row-${i}`} data-quadrant={p.quadrant}>
                    <Table.Td c="dimmed">{i + 1}</Table.Td>
                    <Table.Td>
                      <Text inherit fw={p.quadrant === 'concentrate' ? 700 : 500} data-testid="priority-name">
                        {p.text}
                      </Text>
                      <Badge
                        size={present ? 'md' : 'xs'}
                        variant="light"
                        radius="sm"
                        tt="none"
                        color={colors[p.quadrant]}
                        mt={2}
                      >
                        {quadrantLabel(p.quadrant, lang)}
                      </Badge>
                    </Table.Td>
                    <Table.Td ta="right">{formatNumber(p.performance, lang, 0)}</Table.Td>
                    <Table.Td ta="right">
                      {map.importanceSource === 'derived'
                        ? formatPercent(p.importance, lang, 0)
                        : formatNumber(p.importance, lang, 0)}
                    </Table.Td>
                    <Table.Td ta="right" fw={p.gap > 0 ? 700 : 400}>
                      {formatSigned(p.gap, lang, 1)}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            <Text size="xs" c="dimmed" mt="sm" data-testid="priority-note">
              {t('map.scoreNote')}
            </Text>
          </>
        )}
      </AnalysisBody>
    </Card>
  );
}
