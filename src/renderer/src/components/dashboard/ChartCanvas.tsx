import { Box } from '@mantine/core';
import type { ChartData, ChartOptions } from 'chart.js';
import { Bar } from 'react-chartjs-2';

type BarSpec = { data: ChartData<'bar', (number | null)[], unknown>; options?: ChartOptions<'bar'> };

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** A copy of chart options with every `font.size` multiplied: the projector needs bigger type. */
function scaleFonts<T>(value: T, factor: number): T {
  if (factor === 1) return value;
  const walk = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(walk);
    if (!isRecord(v)) return v;
    const out: Record<string, unknown> = {};
    for (const [k, child] of Object.entries(v)) {
      if (k === 'font' && isRecord(child) && typeof child.size === 'number') {
        out[k] = { ...child, size: Math.round(child.size * factor) };
      } else {
        out[k] = walk(child);
      }
    }
    return out;
  };
  return walk(value) as T;
}

type Props = { spec: BarSpec; height: number; testId: string; fontScale?: number; label: string };

/** Draws a shared chart spec (src/shared/charts) as the PDF does, in a box of fixed height. */
export function ChartCanvas({ spec, height, testId, fontScale = 1, label }: Props) {
  return (
    <Box h={height} pos="relative" data-testid={testId}>
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
    </Box>
  );
}
