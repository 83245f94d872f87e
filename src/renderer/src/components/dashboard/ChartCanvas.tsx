import { Box } from '@mantine/core';
import type { ChartConfiguration, ChartData, ChartOptions } from 'chart.js';
import { useRef } from 'react';
import { Bar } from 'react-chartjs-2';
import { ChartImageMenu } from '../../charts/ChartImageMenu';
import { scaleFonts } from '../../charts/scaleFonts';

type BarSpec = { data: ChartData<'bar', (number | null)[], unknown>; options?: ChartOptions<'bar'> };

type Props = {
  spec: BarSpec;
  height: number;
  testId: string;
  fontScale?: number;
  label: string;
  base?: string;
};

/** Draws a shared chart spec (src/shared/charts) as the PDF does, in a box of fixed height. */
export function ChartCanvas({ spec, height, testId, fontScale = 1, label, base }: Props) {
  const box = useRef<HTMLDivElement>(null);
  return (
    <Box h={height} pos="relative" data-testid={testId} ref={box}>
      <Bar
        data={spec.data as ChartData<'bar', (number | null)[], unknown>}
        options={{
          ...scaleFonts(spec.options ?? {}, fontScale),
          responsive: true,
          maintainAspectRatio: false,
        }}
        aria-label={label}
        role="img"
      />
      <ChartImageMenu
        spec={{ type: 'bar', ...spec } as ChartConfiguration}
        box={box}
        text={{ title: label, base }}
        testId={testId}
      />
    </Box>
  );
}
