import type PptxGenJS from 'pptxgenjs';
import type { Palette } from '../../../../shared/charts/palette';
import type { Language } from '../../../../shared/domain/language';

/**
 * The deck's geometry and type: 16:9 (13.33 × 7.5 in), one font (Arial: on every PowerPoint, and
 * metric-compatible Liberation Sans in LibreOffice, so line breaks are the same everywhere), the
 * brand colour for titles and graphics, the product's ink and muted greys for text.
 */
export const W = 13.333;
export const H = 7.5;
export const MARGIN = 0.6;
export const CONTENT = { x: MARGIN, y: 1.45, w: W - 2 * MARGIN, h: 5.3 };
export const FONT = 'Arial';
export const MASTER = 'TOUCHPOINT_CONTENT';
export const TITLE_MASTER = 'TOUCHPOINT_TITLE';

const LANG_TAG: Record<Language, string> = { en: 'en-GB', nb: 'nb-NO', da: 'da-DK' };

/** The deck's font, and the language of its text (PowerPoint's spelling and hyphenation follow it). */
export function typeface(lang: Language): { fontFace: string; lang: string } {
  return { fontFace: FONT, lang: LANG_TAG[lang] };
}

/** pptxgenjs wants colours without the '#'. */
export function hex(c: string): string {
  return c.replace(/^#/, '').toUpperCase();
}

export type Logo = { data: string; aspect: number };

/** The content master: the title placeholder, a brand rule, the footer (client · study) and page. */
export function defineMasters(pptx: PptxGenJS, palette: Palette, footer: string, logo: Logo | null): void {
  const logoH = 0.42;
  const logoObjects: NonNullable<PptxGenJS.SlideMasterProps['objects']> = logo
    ? [
        {
          image: {
            data: logo.data,
            x: W - MARGIN - logoH * logo.aspect,
            y: 0.38,
            h: logoH,
            w: logoH * logo.aspect,
          },
        },
      ]
    : [];
  pptx.defineSlideMaster({
    title: MASTER,
    background: { color: 'FFFFFF' },
    margin: [0.4, MARGIN, 0.4, MARGIN],
    objects: [
      { rect: { x: 0, y: 0, w: W, h: 0.12, fill: { color: hex(palette.brand) } } },
      {
        placeholder: {
          options: {
            name: 'title',
            type: 'title',
            x: MARGIN,
            y: 0.3,
            w: W - 2 * MARGIN - (logo ? 2.2 : 0),
            h: 0.75,
            fontFace: FONT,
            fontSize: 24,
            bold: true,
            color: hex(palette.brandText),
            align: 'left',
            valign: 'middle',
            margin: 0,
          },
          text: '',
        },
      },
      { rect: { x: MARGIN, y: 1.1, w: 0.9, h: 0.05, fill: { color: hex(palette.brand) } } },
      {
        line: {
          x: MARGIN,
          y: H - 0.5,
          w: W - 2 * MARGIN,
          h: 0,
          line: { color: hex(palette.grid), width: 0.75 },
        },
      },
      {
        text: {
          text: footer,
          options: {
            x: MARGIN,
            y: H - 0.45,
            w: W - 2 * MARGIN - 1.2,
            h: 0.3,
            fontFace: FONT,
            fontSize: 9,
            color: hex(palette.muted),
            margin: 0,
          },
        },
      },
      ...logoObjects,
    ],
    slideNumber: {
      x: W - MARGIN - 0.8,
      y: H - 0.45,
      w: 0.8,
      h: 0.3,
      fontFace: FONT,
      fontSize: 9,
      color: hex(palette.muted),
      align: 'right',
    },
  });
  pptx.defineSlideMaster({
    title: TITLE_MASTER,
    background: { color: hex(palette.brand) },
    objects: [{ rect: { x: 0, y: H - 1.35, w: W, h: 1.35, fill: { color: 'FFFFFF' } } }],
  });
}

/**
 * Column widths of a table on the slide, in inches: the model's widths are PDF points with '*'
 * filling; the slide keeps their proportions and gives the filling columns what is left.
 */
export function columnWidths(columns: { width: number | '*' }[], w: number): number[] {
  const fixed = columns.reduce((s, c) => s + (c.width === '*' ? 0 : c.width), 0);
  const star = columns.filter((c) => c.width === '*').length;
  const scale = Math.min(1.6 / 72, (w * (star > 0 ? 0.62 : 1)) / Math.max(1, fixed));
  const fixedW = columns.map((c) => (c.width === '*' ? 0 : c.width * scale));
  const rest = Math.max(1.2, w - fixedW.reduce((a, b) => a + b, 0));
  return columns.map((c, i) => (c.width === '*' ? rest / star : fixedW[i]!));
}

/** Characters of 10.5 pt Arial per inch of a table cell, less its margins (a safe average). */
export const TABLE_CHARS_PER_INCH = 12.5;
