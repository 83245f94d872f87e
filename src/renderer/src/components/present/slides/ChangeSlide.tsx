import { changeCaption, changeChart, changeSignificance } from '../../../../../shared/charts/change';
import { NpsChange } from '../../change/NpsChange';
import { DeckBody } from '../DeckBody';
import { useDeckChange } from '../deckQueries';
import { FitChart } from '../FitChart';
import type { JourneyPart } from '../../../../../shared/present/journey';
import type { DeckData } from '../useDeckData';
import { SlideBody } from './SlideBody';

const ROW = 56;

/**
 * Change since the previous wave for one share of the questions (the journey's touchpoints split
 * evenly across slides; questions outside the journey, such as overall satisfaction, come first).
 * NPS is on the first slide, in its own unit.
 */
export function ChangeSlide({ d, part }: { d: DeckData; part: JourneyPart }) {
  const state = useDeckChange(d.previous);
  return (
    <DeckBody state={state} testId="slide-change">
      {(compare) => {
        const rows = changeSignificance(compare);
        const npsRow = part.part === 1 ? rows.find((r) => r.comparison.statistic === 'nps') : undefined;
        const journey = new Set(d.journey.map((j) => j.code));
        const others = rows.filter((r) => r.comparison.statistic !== 'nps').map((r) => r.comparison.question);
        const extra = part.part === 1 ? others.filter((q) => !journey.has(q)) : [];
        const questions = [...extra, ...part.codes.filter((c) => others.includes(c))];
        const labels = Object.fromEntries(questions.map((q) => [q, d.label(q)]));
        return (
          <SlideBody lead={d.t('change.lead')} note={changeCaption(compare, rows, d.lang)}>
            {npsRow && <NpsChange row={npsRow} present />}
            {questions.length > 0 && (
              <FitChart
                testId="change-chart"
                label={d.t('change.title', { year: d.previous })}
                maxHeight={160 + questions.length * ROW * 1.4}
                spec={changeChart(compare, d.lang, {
                  palette: d.palette,
                  showTitle: false,
                  labels,
                  questions,
                })}
              />
            )}
          </SlideBody>
        );
      }}
    </DeckBody>
  );
}
