import { Progress } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isSuppressed } from '../../../../shared/analysis/dashboard';
import type { DashboardResult } from '../../../../shared/analysis/dashboard';
import { formatNumber } from '../../../../shared/format';
import { useLang } from '../../hooks/useLang';
import { KpiCard, SuppressedValue } from './KpiCard';

/**
 * Loyalty beside NPS and satisfaction: the study's loyalty question as a 0–100 index, or the mean
 * index of its loyalty questions, with n; hidden like every figure when under k.
 */
export function LoyaltyCard({ result, present }: { result: DashboardResult; present?: boolean | undefined }) {
  const { t } = useTranslation();
  const lang = useLang();
  const loyalty = result.loyalty ?? null;
  const one = loyalty && !isSuppressed(loyalty) && loyalty.items.length === 1 ? loyalty.items[0]! : null;
  return (
    <KpiCard
      testId="kpi-loyalty"
      present={present}
      label={t('dashboardMore.loyalty')}
      value={
        loyalty === null ? (
          '–'
        ) : isSuppressed(loyalty) ? (
          <SuppressedValue k={result.anonymityK} present={present} />
        ) : (
          formatNumber(loyalty.index, lang, 0)
        )
      }
      detail={
        loyalty === null
          ? t('dashboard.notMeasured')
          : isSuppressed(loyalty)
            ? null
            : one
              ? t('dashboardMore.loyaltyOne', {
                  mean: formatNumber(one.mean, lang, 2),
                  min: one.scale.min,
                  max: one.scale.max,
                  n: formatNumber(one.n, lang),
                })
              : t('dashboardMore.loyaltyMany', {
                  count: loyalty.items.length,
                  n: formatNumber(loyalty.n, lang),
                })
      }
    >
      {loyalty && !isSuppressed(loyalty) && (
        <Progress
          value={Math.max(0, Math.min(100, loyalty.index))}
          size={present ? 'xl' : 'lg'}
          radius="xl"
          mt="auto"
          color="teal"
          aria-label={t('dashboardMore.loyalty')}
        />
      )}
    </KpiCard>
  );
}
