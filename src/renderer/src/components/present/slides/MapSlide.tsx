import { Box, Group, Text } from '@mantine/core';
import {
  QUADRANTS,
  importanceMapChart,
  quadrantColors,
  quadrantLabel,
} from '../../../../../shared/charts/importance-map';
import { DeckBody } from '../DeckBody';
import { useDeckMap } from '../deckQueries';
import { FitChart } from '../FitChart';
import type { DeckData } from '../useDeckData';
import { SlideBody } from './SlideBody';

/** The importance–performance map filling the slide, its quadrants named under it. */
export function MapSlide({ d }: { d: DeckData }) {
  const state = useDeckMap(d.outcome);
  const colors = quadrantColors(d.palette);
  return (
    <DeckBody state={state} testId="slide-map">
      {(map) => (
        <SlideBody
          lead={`${d.t(
            map.importanceSource === 'derived' ? 'priorities.mapLeadDerived' : 'priorities.mapLeadStated',
          )} ${d.t(`priorities.crosshairAt.${typeof map.crosshairRule === 'string' ? map.crosshairRule : 'values'}`)}`}
          note={
            map.suppressed.length > 0
              ? d.t('priorities.mapSuppressed', {
                  k: map.suppressed[0]?.k ?? 0,
                  names: map.suppressed.map((s) => d.label(s.code)).join(', '),
                })
              : undefined
          }
        >
          {map.points.length === 0 ? (
            <Text fz={28} c="dimmed" data-testid="map-empty">
              {d.t(map.importanceSource === 'stated' ? 'priorities.noStated' : 'priorities.noPoints')}
            </Text>
          ) : (
            <FitChart
              testId="map-chart"
              label={d.t('priorities.mapTitle')}
              fontScale={1.8}
              spec={importanceMapChart(map, d.lang, { palette: d.palette, showTitle: false, labelMax: 24 })}
            />
          )}
          <Group gap={40} wrap="wrap" data-testid="map-quadrants">
            {QUADRANTS.map((q) => (
              <Group key={q} gap={10} wrap="nowrap" data-testid={`quadrant-${q}`}>
                <Box w={22} h={22} bg={colors[q]} style={{ borderRadius: 11 }} />
                <Text fz={24} fw={q === 'concentrate' ? 700 : 500}>
                  {quadrantLabel(q, d.lang)}
                </Text>
                <Text fz={24} c="dimmed">
                  ({map.points.filter((p) => p.quadrant === q).length})
                </Text>
              </Group>
            ))}
          </Group>
        </SlideBody>
      )}
    </DeckBody>
  );
}
