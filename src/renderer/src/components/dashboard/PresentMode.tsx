import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DashboardResult, Suppressed } from '../../../../shared/analysis/dashboard';
import type { Palette } from '../../../../shared/charts/palette';
import { ChangeCard } from '../change/ChangeCard';
import { PresentFrame } from '../present/PresentFrame';
import { DashboardView } from './DashboardView';

type Props = {
  opened: boolean;
  onClose(): void;
  result: DashboardResult;
  hidden: Suppressed | null;
  n: number | null;
  palette: Palette;
};

/** Workshop mode: the dashboard alone, large, on the whole screen, with the live filter. Esc leaves. */
export function PresentMode({ opened, onClose, result, hidden, n, palette }: Props) {
  const { t } = useTranslation();
  return (
    <PresentFrame
      opened={opened}
      onClose={onClose}
      heading={t('shell.waveLabel', { year: result.waveYear })}
      n={n}
    >
      <Stack gap="xl">
        <DashboardView result={result} hidden={hidden} palette={palette} present />
        <ChangeCard present />
      </Stack>
    </PresentFrame>
  );
}
