import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ChangeRow } from '../../../../shared/charts/change';
import { isSuppressed } from '../../../../shared/analysis/dashboard';
import { formatNumber, formatSigned } from '../../../../shared/format';
import { useLang } from '../../hooks/useLang';
import { SuppressedCell } from '../common/SuppressedNotice';

/** The NPS line of year over year: last year, this year, the change and whether it is significant. */
export function NpsChange({ row, present }: { row: ChangeRow; present?: boolean }) {
  const { t } = useTranslation();
  const lang = useLang();
  const c = row.comparison;
  const fz = present ? 28 : 'lg';
  const up = (c.change ?? 0) > 0;
  return (
    <Group gap="lg" align="baseline" data-testid="change-nps" wrap="wrap">
      <Text fw={700} fz={fz}>
        {t('dashboard.nps')}
      </Text>
      {isSuppressed(c.a) || isSuppressed(c.b) || c.change === null ? (
        <SuppressedCell
          suppressed={isSuppressed(c.a) ? c.a : isSuppressed(c.b) ? c.b : { suppressed: true, k: 0 }}
        />
      ) : (
        <>
          <Text fz={fz} c="dimmed" className="tp-tabular">
            {formatSigned(c.a.value, lang, 0)} → {formatSigned(c.b.value, lang, 0)}
          </Text>
          <Text
            fz={fz}
            fw={700}
            className="tp-tabular"
            c={row.significant ? (up ? 'var(--mantine-primary-color-filled)' : '#b34700') : undefined}
          >
            {formatSigned(c.change, lang, 1)} {row.significant ? (up ? '▲' : '▼') : ''}
          </Text>
          <Text fz={present ? 'lg' : 'sm'} c="dimmed">
            {row.significant
              ? t('change.npsSignificant', { test: c.test?.test ?? '', q: formatNumber(row.q, lang, 3) })
              : t('change.npsNotSignificant', { test: c.test?.test ?? '' })}
          </Text>
        </>
      )}
    </Group>
  );
}
