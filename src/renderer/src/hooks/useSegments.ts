import { useMemo } from 'react';
import { pickText } from '../../../shared/domain/language';
import type { QuestionRole } from '../../../shared/domain/questionnaire';
import { useLang } from './useLang';
import { useStudy } from './useStudy';

export type SegmentVariable = { code: string; label: string; options: { code: string; label: string }[] };
export type OutcomeQuestion = { code: string; role: QuestionRole; label: string };

/** Background (segment) questions with their options, in the UI language. */
export function useSegments(): SegmentVariable[] {
  const { overview } = useStudy();
  const lang = useLang();
  return useMemo(
    () =>
      overview.questionnaire.questions
        .filter((q) => q.role === 'segment' && q.scale.kind === 'choice')
        .map((q) => ({
          code: q.code,
          label: pickText(q.texts, lang) || q.code,
          options:
            q.scale.kind === 'choice'
              ? q.scale.options.map((o) => ({ code: o.code, label: pickText(o.texts, lang) || o.code }))
              : [],
        })),
    [overview.questionnaire.questions, lang],
  );
}

const OUTCOME_ROLES: QuestionRole[] = ['outcome-satisfaction', 'outcome-recommend', 'loyalty'];

/** Outcome questions a driver analysis can explain: overall satisfaction, NPS, loyalty. */
export function useOutcomes(): OutcomeQuestion[] {
  const { overview } = useStudy();
  return useMemo(
    () =>
      OUTCOME_ROLES.flatMap((role) =>
        overview.questionnaire.questions
          .filter((q) => q.role === role && q.scale.kind === 'range')
          .map((q) => ({ code: q.code, role, label: q.code })),
      ),
    [overview.questionnaire.questions],
  );
}

/** The previous wave before `year`, for year-over-year comparisons. */
export function usePreviousWave(year: number | null): number | null {
  const { overview } = useStudy();
  if (year === null) return null;
  return (
    overview.waves
      .map((w) => w.year)
      .filter((y) => y < year)
      .sort((a, b) => b - a)[0] ?? null
  );
}
