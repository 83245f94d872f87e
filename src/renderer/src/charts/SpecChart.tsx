import { Box } from '@mantine/core';
import type { ChartConfiguration, ChartOptions, ChartType } from 'chart.js';
import { useRef } from 'react';
import { Chart } from 'react-chartjs-2';
import { ChartImageMenu } from './ChartImageMenu';
import { scaleFonts } from './scaleFonts';

type Props<T extends ChartType> = {
  spec: ChartConfiguration<T, unknown[], unknown>;
  height: number;
  testId: string;
  label: string;
  fontScale?: number;
  /** The base n line printed under the chart in its image ("n = 412"). */
  base?: string | undefined;
  /** No image menu (the presentation mode). */
  noImageMenu?: boolean;
};

/** Draws any shared chart spec (src/shared/charts) as the PDF does, in a box of fixed height. */
export function SpecChart<T extends ChartType>({
  spec,
  height,
  testId,
  label,
  fontScale = 1,
  base,
  noImageMenu,
}: Props<T>) {
  const box = useRef<HTMLDivElement>(null);
  return (
    <Box h={height} pos="relative" data-testid={testId} ref={box}>
      <Chart
        type={spec.type}
        data={spec.data}
        options={
          {
            ...scaleFonts(spec.options ?? {}, fontScale),
            responsive: true,
            maintainAspectRatio: false,
          } as ChartOptions<T>
        }
        plugins={spec.plugins ?? []}
        aria-label={label}
        role="img"
      />
      {!noImageMenu && (
        <ChartImageMenu
          spec={spec as unknown as ChartConfiguration}
          box={box}
          text={{ title: label, base }}
          testId={testId}
        />
      )}
    </Box>
  );
}
