import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Cell, GroupTest } from '../../../../shared/analysis/breakdown';
import type { Suppressed } from '../../../../shared/analysis/dashboard';
import { isSuppressed } from '../../../../shared/analysis/dashboard';
import { formatNumber, formatSigned } from '../../../../shared/format';
import { useLang } from '../../hooks/useLang';
import { SuppressedCell } from '../common/SuppressedNotice';

export const ABOVE = '#0b6e4f';
export const BELOW = '#b34700';

/** The score a unit table shows: the 0–100 index of a rating, NPS points for NPS. */
export function scoreOf(c: Cell): number {
  return c.kind === 'nps' ? c.nps : c.index;
}

type Props = { result: Cell | Suppressed; test: GroupTest | null; best?: boolean; present?: boolean };

/** One unit's score, marked ▲/▼ when it differs significantly from the rest (the test in the tooltip). */
export function SigValue({ result, test, best }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  if (isSuppressed(result)) return <SuppressedCell suppressed={result} />;
  const sig = test?.significant ? (test.diff > 0 ? 'above' : 'below') : null;
  const score = scoreOf(result);
  const text = result.kind === 'nps' ? formatSigned(score, lang, 0) : formatNumber(score, lang, 0);
  return (
    <Text
      span
      inherit
      fw={best || sig ? 700 : 400}
      c={sig === 'above' ? ABOVE : sig === 'below' ? BELOW : undefined}
      data-testid={sig ? `sig-${sig}` : undefined}
      title={
        test
          ? t('units.testTitle', {
              test: test.test,
              diff: formatSigned(test.diff, lang, 2),
              q: formatNumber(test.q, lang, 3),
              n: formatNumber(result.n, lang),
            })
          : t('units.nTitle', { n: formatNumber(result.n, lang) })
      }
    >
      {text}
      <Text
        span
        inherit
        fz="0.75em"
        ml={3}
        style={{ visibility: sig ? 'visible' : 'hidden' }}
        aria-label={sig ? t(`units.${sig}`) : undefined}
      >
        {sig === 'below' ? '▼' : '▲'}
      </Text>
    </Text>
  );
}
