import type { Language } from '../../domain/language';
import { reportText } from '../../i18n/report';
import { quotable } from '../../privacy/suppression-text';
import type { CommentEntry, ReportAnalyses } from '../analyses';
import type { ThemesResult } from '../../api/comments';
import { formatNumber, formatPercent } from '../../format';
import type { QuoteGroup, ReportSection, TableBlock } from '../types';

/** Quotes per group in the report, and the shortest comment worth quoting (in characters). */
export const QUOTES_PER_GROUP = 6;
const MIN_LENGTH = 15;
const MAX_LENGTH = 280;

type Tone = QuoteGroup['tone'];

function toneOf(recommend: number | null): Tone | null {
  if (recommend === null || !Number.isFinite(recommend)) return null;
  return recommend >= 9 ? 'promoters' : recommend >= 7 ? 'passives' : 'detractors';
}

function tidy(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length <= MAX_LENGTH ? t : `${t.slice(0, MAX_LENGTH - 1).trimEnd()}…`;
}

/**
 * A reproducible sample of one group's comments: distinct texts of a useful length, picked at even
 * steps through the wave's order (not by tone or length, so the selection is not cherry-picked).
 */
export function sampleComments(texts: string[], max = QUOTES_PER_GROUP): string[] {
  const distinct = [...new Set(texts.map(tidy))].filter((t) => t.length >= MIN_LENGTH);
  if (distinct.length <= max) return distinct;
  return Array.from({ length: max }, (_, i) => distinct[Math.floor(((i + 0.5) * distinct.length) / max)]!);
}

/**
 * Promoters' and detractors' comments side by side. Anonymity: a group with fewer than k comments
 * gets no quotes, only a note that it is hidden; respondent ids never reach the report; names,
 * e-mail addresses, phone and account numbers in a quote are masked in the report's language
 * (src/shared/privacy/mask.ts), so the PDF and the PPTX quote the same masked text.
 */
export function commentGroups(
  entries: CommentEntry[],
  k: number,
  lang: Language,
  max = QUOTES_PER_GROUP,
): QuoteGroup[] {
  const tones: { tone: Tone; key: 'promoters' | 'detractors' }[] = [
    { tone: 'promoters', key: 'promoters' },
    { tone: 'detractors', key: 'detractors' },
  ];
  return tones.map(({ tone, key }) => {
    const pool = entries.filter((e) => e.text.trim() !== '' && toneOf(e.recommend) === tone);
    const texts = pool.map((e) => quotable(e.text, lang));
    const group = reportText(lang, key);
    if (texts.length < k) {
      return { title: group, tone, quotes: [], note: reportText(lang, 'commentsHiddenGroup', { group, k }) };
    }
    // The consultant's picks when there are any; else an even sample, never a quote they hid.
    const chosen = pool.filter((e) => e.quote === 'chosen').map((e) => quotable(e.text, lang));
    const open = pool.filter((e) => e.quote !== 'hidden').map((e) => quotable(e.text, lang));
    const quotes = chosen.length ? [...new Set(chosen.map(tidy))].slice(0, max) : sampleComments(open, max);
    return {
      title: reportText(lang, 'commentsGroup', { group, shown: quotes.length, total: texts.length }),
      tone,
      quotes,
      note: null,
    };
  });
}

/** The chapter "In the customers' words". */
export function commentsSection(
  c: NonNullable<ReportAnalyses['comments']>,
  k: number,
  lang: Language,
): ReportSection {
  const any = c.entries.some((e) => e.text.trim() !== '');
  return {
    id: 'comments',
    title: reportText(lang, 'comments'),
    newPage: true,
    blocks: any
      ? [
          { kind: 'text', text: reportText(lang, 'commentsIntro'), style: 'body' },
          {
            kind: 'text',
            text: lang === 'nb' ? `«${c.questionText}»` : `“${c.questionText}”`,
            style: 'note',
          },
          ...(c.themes && c.themes.themes.length ? [themesTable(c.themes, lang)] : []),
          { kind: 'quotes', groups: commentGroups(c.entries, k, lang) },
        ]
      : [{ kind: 'text', text: reportText(lang, 'commentsNone'), style: 'body' }],
  };
}

/** The codebook's themes with their numbers: share of comments, and NPS of those who mention each. */
export function themesTable(t: ThemesResult, lang: Language): TableBlock {
  const first = t.themes[0]!;
  const test = t.themes.map((x) => ('test' in x.nps ? x.nps.test : null)).find(Boolean) ?? 'NPS difference z';
  const nps = (v: number) => formatNumber(v, lang, 0);
  return {
    kind: 'table',
    id: 'comment-themes',
    title: reportText(lang, 'commentThemesTitle'),
    columns: [
      { label: reportText(lang, 'commentThemeCol'), align: 'left', width: '*' },
      { label: reportText(lang, 'commentThemeMentionsCol'), align: 'right', width: 70 },
      { label: reportText(lang, 'commentThemeShareCol'), align: 'right', width: 80 },
      { label: reportText(lang, 'commentThemeNpsWithCol'), align: 'right', width: 80 },
      { label: reportText(lang, 'commentThemeNpsWithoutCol'), align: 'right', width: 70 },
    ],
    rows: [...t.themes]
      .sort((a, b) => b.share - a.share)
      .map((x) => ({
        kind: 'data' as const,
        cells: [
          x.label,
          formatNumber(x.mentions, lang, 0),
          formatPercent(x.share, lang),
          'test' in x.nps ? `${nps(x.nps.with.value)}${x.nps.p < 0.05 ? ' *' : ''}` : '–',
          'test' in x.nps ? nps(x.nps.without.value) : '–',
        ],
      })),
    note: reportText(lang, 'commentThemesNote', {
      wave: t.waveYear ?? '',
      comments: formatNumber(first.comments, lang, 0),
      test,
      k: t.k,
    }),
  };
}
