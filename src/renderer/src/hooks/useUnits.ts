import { useState } from 'react';
import { useAnalysis } from './useAnalysis';
import { filterInput, useFilter } from './useFilter';
import { useLang } from './useLang';
import { useSegments } from './useSegments';
import { useStudy } from './useStudy';

export type UnitsSettings = {
  variable: string | null;
  variable2: string | null;
  /** The question of the crossed table and of the units chart. */
  question: string | null;
};

/** The units page's choices and its breakdown (one-way, or crossed for one question), under the live filter. */
export function useUnits() {
  const { overview, waveYear } = useStudy();
  const lang = useLang();
  const { filter } = useFilter();
  const segments = useSegments();
  const sat = overview.questionnaire.questions.find((q) => q.role === 'outcome-satisfaction');
  const [settings, setSettings] = useState<UnitsSettings>({
    variable: segments.find((s) => s.code === 'BRANCH')?.code ?? segments[0]?.code ?? null,
    variable2: null,
    question: sat?.code ?? null,
  });
  const common =
    waveYear === null || settings.variable === null
      ? null
      : { studyId: overview.studyId, waveYear, lang, variable: settings.variable, ...filterInput(filter) };
  const oneWay = useAnalysis('analysis/breakdown', common);
  const crossed = useAnalysis(
    'analysis/breakdown',
    common && settings.variable2 && settings.question
      ? { ...common, variable2: settings.variable2, question: settings.question }
      : null,
  );
  const update = (patch: Partial<UnitsSettings>) => setSettings((s) => ({ ...s, ...patch }));
  return { settings, update, segments, oneWay, crossed };
}
