import { Box } from '@mantine/core';
import { useElementSize } from '@mantine/hooks';
import type { ChartConfiguration, ChartType } from 'chart.js';
import { SpecChart } from '../../charts/SpecChart';
import { useDeckZoom } from './DeckZoom';

/** Chart type sizes on a 1920 × 1080 slide: the charts' 11–12 px become 22–24 px. */
export const SLIDE_FONT_SCALE = 2;

type Props<T extends ChartType> = {
  spec: ChartConfiguration<T, unknown[], unknown>;
  testId: string;
  label: string;
  /** The most height the chart may use (so three bars do not become three slabs). */
  maxHeight?: number;
  fontScale?: number;
};

/**
 * A shared chart spec drawn to fill the room left on the slide: the box grows with the slide (the
 * deck is laid out at 1920 × 1080 and zoomed to the screen), and the canvas is drawn at the screen's
 * real resolution, so a 4K projector gets sharp lines rather than an enlarged 1080p image.
 */
export function FitChart<T extends ChartType>({
  spec,
  testId,
  label,
  maxHeight = Infinity,
  fontScale = SLIDE_FONT_SCALE,
}: Props<T>) {
  const { ref, height } = useElementSize();
  // A new zoom (the window moved to a 4K projector) redraws the canvas at the new resolution.
  const zoom = useDeckZoom();
  const h = Math.floor(Math.min(height, maxHeight));
  const sharp = {
    ...spec,
    options: { ...(spec.options ?? {}), devicePixelRatio: (window.devicePixelRatio || 1) * zoom },
  } as ChartConfiguration<T, unknown[], unknown>;
  return (
    <Box ref={ref} pos="relative" style={{ flex: 1, minHeight: 0 }}>
      {h > 40 && (
        <Box key={zoom} pos="absolute" top={Math.max(0, Math.floor((height - h) / 2))} left={0} right={0}>
          <SpecChart
            spec={sharp}
            height={h}
            testId={testId}
            label={label}
            fontScale={fontScale}
            noImageMenu
          />
        </Box>
      )}
    </Box>
  );
}
