import { driversCaption, driversChart } from '../../../../../shared/charts/drivers';
import { DeckBody } from '../DeckBody';
import { useDeckDrivers } from '../deckQueries';
import { FitChart } from '../FitChart';
import type { DeckData } from '../useDeckData';
import { SlideBody } from './SlideBody';

/** The most drivers one slide shows; more are named as "the 12 largest of 30". */
export const DRIVERS_ON_SLIDE = 12;
const ROW = 64;

/** The outcome's name mid-sentence ("What drives overall satisfaction"), keeping acronyms such as NPS. */
export function outcomeName(d: DeckData): string {
  const name = d.outcome ? d.label(d.outcome) : '';
  return name.charAt(0).toLocaleLowerCase() + name.slice(1);
}

/** Key drivers of the outcome, largest share of R² first, with R², n and the missing-value rule. */
export function DriversSlide({ d }: { d: DeckData }) {
  const state = useDeckDrivers(d.outcome);
  const outcome = outcomeName(d);
  return (
    <DeckBody state={state} testId="slide-drivers">
      {(r) => {
        const top = Math.min(DRIVERS_ON_SLIDE, r.drivers.length);
        return (
          <SlideBody
            lead={driversCaption(r, d.lang)}
            note={
              r.drivers.length > top
                ? d.t('present.driversTop', { top, count: r.drivers.length })
                : d.t('priorities.method')
            }
          >
            <FitChart
              testId="drivers-chart"
              label={d.t('priorities.driversTitle', { outcome })}
              maxHeight={140 + top * ROW * 1.4}
              spec={driversChart(r, d.lang, {
                palette: d.palette,
                showTitle: false,
                outcomeLabel: outcome,
                top,
              })}
            />
          </SlideBody>
        );
      }}
    </DeckBody>
  );
}
