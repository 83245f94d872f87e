import type { DashboardResult, Suppressed } from '../../../../shared/analysis/dashboard';
import type { Palette } from '../../../../shared/charts/palette';
import { PresentDeck } from '../present/PresentDeck';

type Props = {
  opened: boolean;
  onClose(): void;
  result: DashboardResult;
  hidden: Suppressed | null;
  n: number | null;
  palette: Palette;
};

/** Workshop mode: the dashboard as slides on the whole screen, with the live filter (see PresentDeck). */
export function PresentMode({ opened, ...deck }: Props) {
  return opened ? <PresentDeck {...deck} /> : null;
}
