import { Box, Card, Group, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MapResult } from '../../../../shared/analysis/drivers';
import type { Analysed } from '../../../../shared/api/analysis';
import {
  QUADRANTS,
  crosshairValues,
  importanceMapChart,
  quadrantColors,
  quadrantLabel,
} from '../../../../shared/charts/importance-map';
import type { Palette } from '../../../../shared/charts/palette';
import { SpecChart } from '../../charts/SpecChart';
import type { AsyncState } from '../../hooks/useAnalysis';
import { useLang } from '../../hooks/useLang';
import { useQuestionLabels } from '../../hooks/useQuestionLabels';
import { AnalysisBody } from '../common/AnalysisBody';

type Props = { state: AsyncState<Analysed<MapResult>>; palette: Palette; present?: boolean };

/** The importance–performance map with its four quadrants named, and what it leaves out (n < k). */
export function MapCard({ state, palette, present }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const label = useQuestionLabels();
  const colors = quadrantColors(palette);
  return (
    <Card
      withBorder={!present}
      radius="lg"
      p={present ? 'xl' : 'lg'}
      h={present ? '100%' : undefined}
      data-testid="map-card"
    >
      <Title order={present ? 2 : 4} mb={4}>
        {t('priorities.mapTitle')}
      </Title>
      <AnalysisBody state={state} present={present} minHeight={420}>
        {(map) => (
          <>
            <Text size={present ? 'lg' : 'sm'} c="dimmed" mb="sm">
              {t(
                map.importanceSource === 'derived' ? 'priorities.mapLeadDerived' : 'priorities.mapLeadStated',
              )}
            </Text>
            {map.points.length === 0 ? (
              <Text c="dimmed" py="xl" data-testid="map-empty">
                {t(map.importanceSource === 'stated' ? 'priorities.noStated' : 'priorities.noPoints')}
              </Text>
            ) : (
              <SpecChart
                testId="map-chart"
                label={t('priorities.mapTitle')}
                height={present ? Math.max(380, window.innerHeight - 430) : 500}
                fontScale={present ? 1.45 : 1.05}
                spec={importanceMapChart(map, lang, {
                  palette,
                  showTitle: false,
                  labelMax: present ? 22 : 26,
                })}
              />
            )}
            <Text size={present ? 'lg' : 'sm'} mt="xs" data-testid="map-crosshair">
              {t(`map.rule.${typeof map.crosshairRule === 'string' ? map.crosshairRule : 'values'}`, {
                ...crosshairValues(map, lang),
              })}
            </Text>
            <Group gap="md" mt="sm" wrap="wrap" data-testid="map-quadrants">
              {QUADRANTS.map((q) => (
                <Group key={q} gap={6} wrap="nowrap" data-testid={`quadrant-${q}`}>
                  <Box w={12} h={12} bg={colors[q]} style={{ borderRadius: 6 }} />
                  <Text size={present ? 'lg' : 'sm'} fw={q === 'concentrate' ? 700 : 500}>
                    {quadrantLabel(q, lang)}
                  </Text>
                  <Text size={present ? 'lg' : 'sm'} c="dimmed">
                    ({map.points.filter((p) => p.quadrant === q).length})
                  </Text>
                </Group>
              ))}
            </Group>
            {map.suppressed.length > 0 && (
              <Text size="xs" c="dimmed" mt="xs" data-testid="map-suppressed">
                {t('priorities.mapSuppressed', {
                  k: map.suppressed[0]?.k ?? 0,
                  names: map.suppressed.map((s) => label(s.code)).join(', '),
                })}
              </Text>
            )}
          </>
        )}
      </AnalysisBody>
    </Card>
  );
}
