import { Text } from '@mantine/core';
import type { BreakdownResult } from '../../../../../shared/analysis/breakdown';
import { unitRows, unitsCaption, unitsChart } from '../../../../../shared/charts/units';
import { DeckBody } from '../DeckBody';
import { useDeckUnits } from '../deckQueries';
import { FitChart } from '../FitChart';
import type { DeckData } from '../useDeckData';
import { SlideBody } from './SlideBody';

const ROW = 56;

/** The units page's question (overall satisfaction) by unit, best first, hidden units named as such. */
export function UnitsSlide({ d }: { d: DeckData }) {
  const state = useDeckUnits(d.unitsSettings.variable);
  const question = d.unitsSettings.question;
  return (
    <DeckBody state={state} testId="slide-units">
      {(output) => {
        const table = output.tables.find(
          (x): x is BreakdownResult => 'groups' in x && x.question === question,
        );
        if (!table) {
          return (
            <Text fz={28} c="dimmed" data-testid="slide-nothing">
              {d.t('present.nothing')}
            </Text>
          );
        }
        const name = d.label(table.question);
        const rows = unitRows(table).length;
        return (
          <SlideBody
            lead={d.t(table.statistic === 'nps' ? 'units.chartLeadNps' : 'units.chartLead')}
            note={unitsCaption(table, d.lang)}
          >
            <FitChart
              testId="units-chart"
              label={name}
              maxHeight={140 + rows * ROW * 1.4}
              spec={unitsChart(table, d.lang, { palette: d.palette, showTitle: false, questionLabel: name })}
            />
          </SlideBody>
        );
      }}
    </DeckBody>
  );
}

/** The slide's title: "Overall satisfaction by Branch office". */
export function unitsTitle(d: DeckData): string {
  const variable = d.segments.find((s) => s.code === d.unitsSettings.variable)?.label ?? '';
  const question = d.unitsSettings.question ? d.label(d.unitsSettings.question) : '';
  return d.t('present.slides.units', { question, variable });
}
