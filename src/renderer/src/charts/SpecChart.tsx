import { Box } from '@mantine/core';
import type { ChartConfiguration, ChartOptions, ChartType } from 'chart.js';
import { Chart } from 'react-chartjs-2';
import { scaleFonts } from './scaleFonts';

type Props<T extends ChartType> = {
  spec: ChartConfiguration<T, unknown[], unknown>;
  height: number;
  testId: string;
  label: string;
  fontScale?: number;
};

/** Draws any shared chart spec (src/shared/charts) as the PDF does, in a box of fixed height. */
export function SpecChart<T extends ChartType>({ spec, height, testId, label, fontScale = 1 }: Props<T>) {
  return (
    <Box h={height} pos="relative" data-testid={testId}>
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
    </Box>
  );
}
