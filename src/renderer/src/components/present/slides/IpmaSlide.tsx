import type { Analysed } from '../../../../../shared/api/analysis';
import type { PlsIndexResult } from '../../../../../shared/api/pls';
import { ipmaMapChart, ipmaMeanValues } from '../../../../../shared/charts/ipma-map';
import { reportText } from '../../../../../shared/i18n/report';
import type { AsyncState } from '../../../hooks/useAnalysis';
import { usePlsIndexLive } from '../../pls/usePlsIndex';
import { DeckBody } from '../DeckBody';
import { FitChart } from '../FitChart';
import type { DeckData } from '../useDeckData';
import { SlideBody } from './SlideBody';

type Result = PlsIndexResult['result'];

/**
 * The importance–performance map of the index (IPMA) for the filtered group at projector size: the
 * drivers' importance on x and performance on y, lines at the means, from the shared spec of the
 * dashboard card and the report. The same cached answer as the index slide; hidden under k.
 */
export function IpmaSlide({ d }: { d: DeckData }) {
  const state = usePlsIndexLive(d.plsModel);
  const deckState = state as unknown as AsyncState<Analysed<Result>>;
  return (
    <DeckBody state={deckState} testId="slide-index-ipma">
      {(r) => {
        const ipma = r.ipma ?? [];
        return (
          <SlideBody
            note={ipma.length > 0 ? reportText(d.lang, 'ipmaNote', ipmaMeanValues(ipma, d.lang)) : null}
          >
            {ipma.length > 0 && (
              <FitChart
                testId="ipma-chart"
                label={reportText(d.lang, 'ipmaTitle')}
                fontScale={1.8}
                spec={ipmaMapChart(ipma, d.lang, {
                  model: d.plsModel,
                  palette: d.palette,
                  showTitle: false,
                  labelMax: 24,
                  pointRadius: 11,
                })}
              />
            )}
          </SlideBody>
        );
      }}
    </DeckBody>
  );
}
