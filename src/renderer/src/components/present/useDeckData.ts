import type { TFunction } from 'i18next';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DashboardResult, Suppressed } from '../../../../shared/analysis/dashboard';
import { pickText } from '../../../../shared/domain/language';
import type { Language } from '../../../../shared/domain/language';
import type { Questionnaire } from '../../../../shared/domain/questionnaire';
import type { Palette } from '../../../../shared/charts/palette';
import type { PlsModel } from '../../../../shared/api/pls';
import { useLang } from '../../hooks/useLang';
import { usePlsModel } from '../pls/usePlsIndex';
import { useQuestionLabels } from '../../hooks/useQuestionLabels';
import { useOutcomes, usePreviousWave, useSegments } from '../../hooks/useSegments';
import type { SegmentVariable } from '../../hooks/useSegments';
import { useStudy } from '../../hooks/useStudy';
import type { JourneyItem } from '../../../../shared/present/journey';

/** What every slide may draw: the live dashboard and the analyses behind the other slides. */
export type DeckData = {
  t: TFunction;
  lang: Language;
  palette: Palette;
  contrast: boolean;
  label(code: string): string;
  waveYear: number;
  result: DashboardResult;
  /** The whole (filtered) group is hidden: every slide shows the suppression notice. */
  hidden: Suppressed | null;
  n: number | null;
  /** The deck's journey, fixed while the deck is open, so a filter never reshuffles the slides. */
  journey: JourneyItem[];
  /** The outcome of the drivers slide (the priorities page's default). */
  outcome: string | null;
  /** The units slide's variable and question (the units page's defaults). */
  unitsSettings: { variable: string | null; question: string | null };
  segments: SegmentVariable[];
  previous: number | null;
  /** What the comments slide needs: open questions, and NPS to split them by. */
  hasComments: boolean;
  hasNps: boolean;
  /** The study's PLS model (the index slide), null when it has none or while it loads. */
  plsModel: PlsModel | null;
};

type Props = {
  result: DashboardResult;
  hidden: Suppressed | null;
  n: number | null;
  palette: Palette;
  contrast: boolean;
};

/** The journey of the last whole answer per study, wave and language, for re-entering the deck. */
const journeys = new Map<string, JourneyItem[]>();

/** The journey from the questionnaire (performance questions in its order) when no answer showed it. */
function journeyFromQuestionnaire(qn: Questionnaire, lang: Language, label: (code: string) => string) {
  return qn.questions
    .filter((q) => q.role === 'performance')
    .map((q): JourneyItem => {
      const tp = q.touchpointId == null ? undefined : qn.touchpoints.find((x) => x.id === q.touchpointId);
      const stage = tp ? qn.stages.find((st) => st.id === tp.stageId) : undefined;
      return { code: q.code, stage: stage ? pickText(stage.texts, lang) : null, label: label(q.code) };
    });
}

function journeyOf(result: DashboardResult, label: (code: string) => string): JourneyItem[] {
  return result.touchpoints.map((tp) => ({
    code: tp.questionCode,
    stage: tp.stageText,
    label: tp.touchpointText ?? label(tp.questionCode),
  }));
}

/** Runs the analyses of the deck under the live filter (the same cached queries as the pages). */
export function useDeckData({ result, hidden, n, palette, contrast }: Props): DeckData {
  const { t } = useTranslation();
  const lang = useLang();
  const label = useQuestionLabels();
  const { overview, waveYear } = useStudy();
  const segments = useSegments();
  const outcomes = useOutcomes();
  const previous = usePreviousWave(waveYear);
  const plsModel = usePlsModel() ?? null;
  const sat = overview.questionnaire.questions.find((q) => q.role === 'outcome-satisfaction');
  const unitsSettings = {
    variable: segments.find((s) => s.code === 'BRANCH')?.code ?? segments[0]?.code ?? null,
    question: sat?.code ?? null,
  };
  // The structure comes from the first answer that shows the whole journey and then stays, also
  // when the deck is left and entered again under a filter that hides the group.
  const cacheKey = `${overview.studyId}:${result.waveYear}:${lang}`;
  const [journey] = useState<JourneyItem[]>(() => {
    const known = hidden ? journeys.get(cacheKey) : journeyOf(result, label);
    const j = known ?? journeyFromQuestionnaire(overview.questionnaire, lang, label);
    journeys.set(cacheKey, j);
    return j;
  });
  const deckPalette = useMemo(() => (contrast ? highContrast(palette) : palette), [palette, contrast]);
  return {
    t,
    lang,
    palette: deckPalette,
    contrast,
    label,
    waveYear: result.waveYear,
    result,
    hidden,
    n,
    journey,
    outcome: outcomes[0]?.code ?? null,
    unitsSettings,
    segments,
    previous,
    hasComments: overview.questionnaire.questions.some((q) => q.type === 'text' || q.role === 'comment'),
    hasNps: overview.questionnaire.questions.some((q) => q.role === 'outcome-recommend'),
    plsModel,
  };
}

/**
 * The chart palette for the high-contrast theme (light ink on black): white text, a bright
 * Okabe–Ito sky blue for bars and yellow for headings, all above 7:1 on black.
 */
export function highContrast(p: Palette): Palette {
  return {
    ...p,
    brand: '#56b4e9',
    brandGraphic: '#56b4e9',
    brandText: '#ffd84d',
    brandTint: '#1a1a1a',
    onBrand: '#000000',
    ink: '#ffffff',
    muted: '#f0f0f0',
    grid: '#6b6b6b',
  };
}
