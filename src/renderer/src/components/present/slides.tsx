/**
 * The deck: every slide type of present mode, in order, in one list. A slide type is
 * `{ id, title, render, available }`, and may come in `parts` (a long journey stage over two slides).
 * Adding a slide is one entry here.
 */
import type { ReactNode } from 'react';
import type { JourneyPart } from '../../../../shared/present/journey';
import { evenSplit, splitJourney } from '../../../../shared/present/journey';
import { ChangeSlide } from './slides/ChangeSlide';
import { CommentsSlide } from './slides/CommentsSlide';
import { DriversSlide, outcomeName } from './slides/DriversSlide';
import { JourneySlide } from './slides/JourneySlide';
import { IndexSlide } from './slides/IndexSlide';
import { IpmaSlide } from './slides/IpmaSlide';
import { reportText } from '../../../../shared/i18n/report';
import { KpiSlide } from './slides/KpiSlide';
import { MapSlide } from './slides/MapSlide';
import { UnitsSlide, unitsTitle } from './slides/UnitsSlide';
import { TrendSlide } from '../trend/TrendSlide';
import type { DeckData } from './useDeckData';

export type SlideDef = {
  id: string;
  /** Whether the study has what the slide needs (a filter never removes a slide: it shows the notice). */
  available(d: DeckData): boolean;
  /** The slide's parts, when it takes several slides; default one. */
  parts?(d: DeckData): JourneyPart[];
  title(d: DeckData, part: JourneyPart | undefined): string;
  render(d: DeckData, part: JourneyPart | undefined): ReactNode;
};

/** A concrete slide of the deck. `key` is stable for a study, so re-entering finds the same slide. */
export type Slide = { key: string; id: string; title: string; render(): ReactNode };

/** Touchpoints per journey slide at 1920 × 1080 (a label over 40 characters wraps and counts twice). */
export const JOURNEY_ROWS = 10;
export const JOURNEY_WRAP = 40;
/** Questions per change slide. */
export const CHANGE_ROWS = 16;

function partTitle(base: string, part: JourneyPart | undefined, d: DeckData): string {
  if (!part || part.parts === 1) return base;
  return d.t('present.slides.journeyPart', { stage: base, part: part.part, parts: part.parts });
}

export const SLIDES: SlideDef[] = [
  {
    id: 'kpis',
    available: () => true,
    title: (d) => d.t('present.slides.kpis', { year: d.waveYear }),
    render: (d) => <KpiSlide d={d} />,
  },
  {
    id: 'journey',
    available: (d) => d.journey.length > 0,
    parts: (d) => splitJourney(d.journey, JOURNEY_ROWS, JOURNEY_WRAP),
    title: (d, part) => partTitle(part?.stage ?? d.t('present.slides.journey'), part, d),
    render: (d, part) => part && <JourneySlide d={d} part={part} />,
  },
  {
    id: 'map',
    available: (d) => d.journey.length > 0,
    title: (d) => d.t('present.slides.map'),
    render: (d) => <MapSlide d={d} />,
  },
  {
    id: 'drivers',
    available: (d) => d.outcome !== null && d.journey.length > 0,
    title: (d) => d.t('present.slides.drivers', { outcome: outcomeName(d) }),
    render: (d) => <DriversSlide d={d} />,
  },
  {
    id: 'units',
    available: (d) => d.unitsSettings.variable !== null && d.unitsSettings.question !== null,
    title: (d) => unitsTitle(d),
    render: (d) => <UnitsSlide d={d} />,
  },
  {
    id: 'index',
    available: (d) => d.plsModel !== null,
    title: (d) => d.t('plsLive.slide', { year: d.waveYear }),
    render: (d) => <IndexSlide d={d} />,
  },
  {
    id: 'index-ipma',
    available: (d) => d.plsModel !== null,
    title: (d) => reportText(d.lang, 'ipmaTitle'),
    render: (d) => <IpmaSlide d={d} />,
  },
  {
    id: 'change',
    available: (d) => d.previous !== null,
    parts: (d) => {
      const chunks = evenSplit(d.journey, CHANGE_ROWS);
      const all = chunks.length > 0 ? chunks : [[]];
      return all.map((c, i) => ({
        stage: null,
        part: i + 1,
        parts: all.length,
        codes: c.map((x) => x.code),
      }));
    },
    title: (d, part) =>
      part && part.parts > 1
        ? d.t('present.slides.changePart', { year: d.previous, part: part.part, parts: part.parts })
        : d.t('present.slides.change', { year: d.previous }),
    render: (d, part) => part && <ChangeSlide d={d} part={part} />,
  },
  {
    id: 'trend',
    available: (d) => d.previous !== null,
    title: (d) => d.t('present.slides.trend'),
    render: () => <TrendSlide />,
  },
  {
    id: 'comments',
    available: (d) => d.hasComments,
    title: (d) => d.t('present.slides.comments'),
    render: (d) => <CommentsSlide d={d} hasNps={d.hasNps} />,
  },
];

/** The slides of the deck for this study and answer, in order. */
export function buildDeck(d: DeckData, defs: SlideDef[] = SLIDES): Slide[] {
  return defs
    .filter((def) => def.available(d))
    .flatMap((def) => {
      const parts = def.parts?.(d);
      if (!parts)
        return [
          { key: def.id, id: def.id, title: def.title(d, undefined), render: () => def.render(d, undefined) },
        ];
      return parts.map((part, i) => ({
        key: `${def.id}-${i + 1}`,
        id: def.id,
        title: def.title(d, part),
        render: () => def.render(d, part),
      }));
    });
}
