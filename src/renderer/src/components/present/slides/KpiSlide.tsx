import { Stack } from '@mantine/core';
import { SuppressedNotice } from '../../common/SuppressedNotice';
import { KpiRow } from '../../dashboard/KpiRow';
import type { DeckData } from '../useDeckData';

/** NPS, satisfaction and respondents: the dashboard's key figures at projector size. */
export function KpiSlide({ d }: { d: DeckData }) {
  return (
    <Stack gap={32} justify="center" h="100%" data-testid="slide-kpis">
      <KpiRow result={d.result} palette={d.palette} present hidden={!!d.hidden} />
      {d.hidden && <SuppressedNotice suppressed={d.hidden} present />}
    </Stack>
  );
}
