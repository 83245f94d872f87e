import { Text } from '@mantine/core';
import { touchpointChart } from '../../../../../shared/charts/touchpoint';
import { SlideNotice } from '../DeckBody';
import { FitChart } from '../FitChart';
import type { JourneyPart } from '../../../../../shared/present/journey';
import type { DeckData } from '../useDeckData';
import { SlideBody } from './SlideBody';

/** Room per bar on a slide, in design pixels: generous for a short stage, tighter for a long one. */
function rowRoom(rows: number): number {
  return rows <= 3 ? 150 : rows <= 6 ? 110 : 84;
}

/** Type a size larger for a short stage: three bars need no 24 px labels on a projector. */
function typeScale(rows: number): number {
  return rows <= 3 ? 2.5 : rows <= 6 ? 2.25 : 2;
}

/** One stage of the journey (or one part of a long stage): the touchpoints' index as bars. */
export function JourneySlide({ d, part }: { d: DeckData; part: JourneyPart }) {
  const k = d.result.anonymityK;
  const mine = d.result.touchpoints.filter((tp) => part.codes.includes(tp.questionCode));
  const shown = mine.filter((tp) => tp.n >= k);
  const hiddenCount = part.codes.length - shown.length;
  // The stage is the slide's title: no stage heading row inside the chart.
  const items = shown.map((tp) => ({ ...tp, stageText: null }));
  return (
    <SlideBody
      lead={d.t('present.slides.journeyLead')}
      note={
        !d.hidden && hiddenCount > 0 ? d.t('present.touchpointsHidden', { count: hiddenCount, k }) : undefined
      }
    >
      {d.hidden ? (
        <SlideNotice suppressed={d.hidden} />
      ) : items.length === 0 ? (
        <Text fz={28} c="dimmed" data-testid="slide-nothing">
          {d.t('present.nothing')}
        </Text>
      ) : (
        <FitChart
          testId="touchpoint-chart"
          label={d.t('dashboard.journey')}
          maxHeight={120 + items.length * rowRoom(items.length)}
          fontScale={typeScale(items.length)}
          spec={touchpointChart({ ...d.result, touchpoints: items }, d.lang, {
            palette: d.palette,
            showTitle: false,
            wrapAt: 40,
            items,
          })}
        />
      )}
    </SlideBody>
  );
}
