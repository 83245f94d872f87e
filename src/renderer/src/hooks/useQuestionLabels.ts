import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { pickText } from '../../../shared/domain/language';
import { useLang } from './useLang';
import { useStudy } from './useStudy';

/**
 * Short names of questions for tables and charts: a touchpoint's name for its rating, the role
 * ("Overall satisfaction", "NPS", "Loyalty") for the outcomes, else the question text.
 */
export function useQuestionLabels(): (code: string) => string {
  const { overview } = useStudy();
  const lang = useLang();
  const { t } = useTranslation();
  return useMemo(() => {
    const qn = overview.questionnaire;
    const map = new Map<string, string>();
    for (const q of qn.questions) {
      const tp = q.touchpointId === null ? undefined : qn.touchpoints.find((x) => x.id === q.touchpointId);
      const label =
        q.role === 'outcome-satisfaction' || q.role === 'outcome-recommend' || q.role === 'loyalty'
          ? t(`outcomes.${q.role}`)
          : tp
            ? pickText(tp.texts, lang)
            : pickText(q.texts, lang);
      map.set(q.code, label || q.code);
    }
    return (code: string) => map.get(code) ?? code;
  }, [overview.questionnaire, lang, t]);
}
