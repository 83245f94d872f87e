import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { WeightingReport } from '../../../../shared/analysis/weighting';
import { formatNumber } from '../../../../shared/format';
import { useLang } from '../../hooks/useLang';

/**
 * The base under the dashboard's figures: respondents (unweighted), and when weighted the weighted
 * total, Kish's effective n (Σw)²/Σw² and the design effect n / effective n. A hidden group shows
 * no base at all (its size would be the disclosure).
 */
export function BaseLine({ weighting, hidden }: { weighting: WeightingReport; hidden: boolean }) {
  const { t } = useTranslation();
  const lang = useLang();
  const n = weighting.unweightedN - weighting.excluded;
  const text = hidden
    ? t('dashboardMore.baseHidden')
    : weighting.kind === 'none'
      ? t('dashboardMore.baseUnweighted', { n: formatNumber(weighting.unweightedN, lang) })
      : t('dashboardMore.baseWeighted', {
          n: formatNumber(n, lang),
          weighted: formatNumber(weighting.weightedN, lang, 1),
          effective: formatNumber(Math.round(weighting.effectiveN), lang),
          deff: formatNumber(weighting.effectiveN > 0 ? n / weighting.effectiveN : NaN, lang, 2),
        });
  return (
    <Text size="sm" c="dimmed" data-testid="dashboard-base" data-weighting={weighting.kind}>
      {text}
    </Text>
  );
}
