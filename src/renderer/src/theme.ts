import { createTheme } from '@mantine/core';
import type { MantineColorsTuple, MantineThemeOverride } from '@mantine/core';

export const DEFAULT_BRAND = '#1f4e79';

function hexToRgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function mix(a: [number, number, number], b: [number, number, number], w: number): string {
  const c = a.map((x, i) => Math.round(x * (1 - w) + (b[i] ?? 0) * w));
  return `#${c.map((x) => x.toString(16).padStart(2, '0')).join('')}`;
}

/** Ten shades around the study's brand colour (shade 6 is the colour itself). */
export function brandShades(hex: string): MantineColorsTuple {
  const rgb = hexToRgb(/^#[0-9a-fA-F]{6}$/.test(hex) ? hex : DEFAULT_BRAND);
  const white: [number, number, number] = [255, 255, 255];
  const black: [number, number, number] = [0, 0, 0];
  return [
    mix(rgb, white, 0.92),
    mix(rgb, white, 0.82),
    mix(rgb, white, 0.66),
    mix(rgb, white, 0.5),
    mix(rgb, white, 0.34),
    mix(rgb, white, 0.18),
    mix(rgb, white, 0),
    mix(rgb, black, 0.15),
    mix(rgb, black, 0.3),
    mix(rgb, black, 0.45),
  ];
}

export function makeTheme(brand: string): MantineThemeOverride {
  return createTheme({
    primaryColor: 'brand',
    primaryShade: 6,
    colors: { brand: brandShades(brand) },
    fontFamily: 'Roboto, "Segoe UI", system-ui, -apple-system, "Helvetica Neue", Arial, sans-serif',
    headings: {
      fontFamily: 'Roboto, "Segoe UI", system-ui, -apple-system, "Helvetica Neue", Arial, sans-serif',
      fontWeight: '500',
    },
    defaultRadius: 'md',
    fontSmoothing: true,
  });
}
