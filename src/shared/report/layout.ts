import { z } from 'zod';
import type { Language } from '../domain/language';
import { reportText } from '../i18n/report';
import type { ReportBlock, ReportModel, ReportSection, TextBlock } from './types';

/**
 * The consultant's shape of the report: which chapters, in which order, and their own texts
 * (a summary, recommendations, a note per chapter) in each report language. Stored in the study
 * (report_layout) and applied by `applyLayout` to the report model, so the PDF and the deck follow
 * the same choices.
 */
export const LAYOUT_SECTIONS = [
  'overview',
  'recommendations',
  'touchpoints',
  'change',
  'trend',
  'map',
  'drivers',
  'index',
  'units',
  'comments',
  'method',
] as const;
export type LayoutSection = (typeof LAYOUT_SECTIONS)[number];
const sectionSchema = z.enum(LAYOUT_SECTIONS);

const MAX_TEXT = 6000;
const langTextsSchema = z.object({
  summary: z.string().max(MAX_TEXT).default(''),
  recommendations: z.string().max(MAX_TEXT).default(''),
  notes: z.partialRecord(sectionSchema, z.string().max(MAX_TEXT)).default({}),
});
export type LayoutTexts = z.infer<typeof langTextsSchema>;

export const reportLayoutSchema = z.object({
  /** The chapters in the consultant's order; a chapter not listed keeps its place after them. */
  order: z
    .array(sectionSchema)
    .max(LAYOUT_SECTIONS.length)
    .refine((a) => new Set(a).size === a.length, { message: 'a chapter is listed twice' })
    .default([]),
  hidden: z.array(sectionSchema).default([]),
  texts: z
    .object({
      en: langTextsSchema.optional(),
      nb: langTextsSchema.optional(),
      da: langTextsSchema.optional(),
    })
    .default({}),
});
export type ReportLayout = z.infer<typeof reportLayoutSchema>;

export const DEFAULT_LAYOUT: ReportLayout = { order: [], hidden: [], texts: {} };

/** Every chapter in the layout's order: the listed ones first, then the rest in the standard order. */
export function layoutOrder(layout: ReportLayout): LayoutSection[] {
  return [...layout.order, ...LAYOUT_SECTIONS.filter((s) => !layout.order.includes(s))];
}

const RECOMMENDATIONS: Record<Language, string> = {
  en: 'Recommendations',
  nb: 'Anbefalinger',
  da: 'Anbefalinger',
};

/** The layout key of a model section: an omitted chapter's notice follows its chapter. */
function keyOf(s: ReportSection): string {
  return s.id.replace(/-omitted$/, '');
}

/** A text as body paragraphs, split at blank lines; nothing for an empty text. */
function paragraphs(text: string | undefined): TextBlock[] {
  return (text ?? '')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => ({ kind: 'text', text: p, style: 'body' }));
}

/**
 * The report model shaped by the consultant's layout: chapters reordered and hidden, the summary at
 * the head of the overview, the recommendations as their own chapter, each note at the head of its
 * chapter, all in the model's language. Pure; both the PDF and the deck call it.
 */
export function applyLayout(model: ReportModel, layout: ReportLayout): ReportModel {
  const texts = layout.texts[model.lang];
  const sections: ReportSection[] = model.sections.map((s) => {
    const key = keyOf(s) as LayoutSection;
    const own: ReportBlock[] = [
      ...(key === 'overview' ? paragraphs(texts?.summary) : []),
      ...paragraphs(texts?.notes[key]),
    ];
    return own.length ? { ...s, blocks: [...own, ...s.blocks] } : s;
  });
  const recommendations = paragraphs(texts?.recommendations);
  if (recommendations.length)
    sections.push({
      id: 'recommendations',
      title: RECOMMENDATIONS[model.lang],
      newPage: false,
      blocks: recommendations,
    });
  const order = layoutOrder(layout);
  const rank = (s: ReportSection): number => {
    const i = order.indexOf(keyOf(s) as LayoutSection);
    return i < 0 ? order.length : i;
  };
  const shaped = sections
    .filter((s) => !layout.hidden.includes(keyOf(s) as LayoutSection))
    .map((s, i) => ({ s, i }))
    .sort((a, b) => rank(a.s) - rank(b.s) || a.i - b.i)
    .map((x) => x.s);
  return { ...model, sections: shaped };
}

/** The branding the cover shows (the logo already as PNG or JPEG, see the report services). */
export type CoverBranding = {
  consultancy: string;
  preparedBy?: string | undefined;
  accentColor?: string | undefined;
  logo: string | null;
};

/** The cover with the consultant's branding: logo, accent rule, "Prepared by <person>, <consultancy>". */
export function applyBranding(model: ReportModel, b: CoverBranding): ReportModel {
  const who = [b.preparedBy?.trim(), b.consultancy.trim()].filter(Boolean).join(', ');
  return {
    ...model,
    cover: {
      ...model.cover,
      preparedBy: who ? reportText(model.lang, 'preparedBy', { consultancy: who }) : null,
      logo: b.logo,
      accent: b.accentColor ?? null,
    },
  };
}
