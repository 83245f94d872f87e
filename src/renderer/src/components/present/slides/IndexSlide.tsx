import { SimpleGrid, Stack } from '@mantine/core';
import type { Analysed } from '../../../../../shared/api/analysis';
import type { PlsIndexResult } from '../../../../../shared/api/pls';
import type { AsyncState } from '../../../hooks/useAnalysis';
import { PlsHeadline } from '../../pls/PlsIndexCard';
import { PlsChange, PlsImpacts, PlsUnits } from '../../pls/PlsParts';
import { usePlsIndexLive } from '../../pls/usePlsIndex';
import { DeckBody } from '../DeckBody';
import type { DeckData } from '../useDeckData';
import { SlideBody } from './SlideBody';

type Result = PlsIndexResult['result'];

/**
 * The EPSI-style index for the filtered group at projector size: the index with its interval, the
 * change since the previous wave with its bootstrap test, the impacts of the drivers beside their
 * performance and each unit's index; the standard notice when the group is hidden. The same cached
 * answer as the dashboard's index card.
 */
export function IndexSlide({ d }: { d: DeckData }) {
  const state = usePlsIndexLive(d.plsModel);
  // DeckBody reads only `result` (and passes the whole answer back): the index's answer has it too
  const deckState = state as unknown as AsyncState<Analysed<Result>>;
  return (
    <DeckBody state={deckState} testId="slide-index">
      {(r, analysed) => {
        const value = analysed as unknown as PlsIndexResult;
        return (
          <SlideBody
            note={d.t('plsLive.method', {
              scheme: r.settings.scheme,
              weighting: d.t(r.settings.weighted ? 'plsLive.weighted' : 'plsLive.unweighted'),
            })}
          >
            <Stack gap={12}>
              <PlsHeadline r={r} model={d.plsModel} present />
              {value.comparison && <PlsChange comparison={value.comparison} k={value.anonymityK} present />}
            </Stack>
            <SimpleGrid cols={value.byUnit ? 2 : 1} spacing={48} style={{ flex: 1, minHeight: 0 }}>
              {r.ipma && r.ipma.length > 0 && <PlsImpacts ipma={r.ipma} model={d.plsModel} present />}
              {value.byUnit && <PlsUnits units={value.byUnit} k={value.anonymityK} present />}
            </SimpleGrid>
          </SlideBody>
        );
      }}
    </DeckBody>
  );
}
