import type { SampleQuestion } from '../sample-format';

/** The sample study's answer scales, worded in Bokmål and English as the questionnaire asks them. */

export type Bi = { nb: string; en: string };
type Range = Extract<SampleQuestion['scale'], { kind: 'range' }>;

const DONT_KNOW = { value: 9, kind: 'dontKnow', texts: { nb: 'Vet ikke', en: "Don't know" } } as const;

function labelled(min: number, labels: readonly Bi[], dontKnow: boolean): Range {
  return {
    kind: 'range',
    min,
    max: min + labels.length - 1,
    labels: labels.map((texts, i) => ({ value: min + i, texts })),
    missingCodes: dontKnow ? [DONT_KNOW] : [],
  };
}

export function endpoints(min: number, max: number, low: Bi, high: Bi): Range {
  return {
    kind: 'range',
    min,
    max,
    labels: [
      { value: min, texts: low },
      { value: max, texts: high },
    ],
    missingCodes: [],
  };
}

export const PERFORMANCE_SCALE = labelled(
  1,
  [
    { nb: 'Svært misfornøyd', en: 'Very dissatisfied' },
    { nb: 'Misfornøyd', en: 'Dissatisfied' },
    { nb: 'Verken fornøyd eller misfornøyd', en: 'Neither satisfied nor dissatisfied' },
    { nb: 'Fornøyd', en: 'Satisfied' },
    { nb: 'Svært fornøyd', en: 'Very satisfied' },
  ],
  true,
);

export const IMPORTANCE_SCALE = labelled(
  1,
  [
    { nb: 'Helt uviktig', en: 'Not at all important' },
    { nb: 'Lite viktig', en: 'Slightly important' },
    { nb: 'Middels viktig', en: 'Moderately important' },
    { nb: 'Viktig', en: 'Important' },
    { nb: 'Svært viktig', en: 'Very important' },
  ],
  false,
);

export const LOYALTY_SCALE = labelled(
  1,
  [
    { nb: 'Svært lite sannsynlig', en: 'Very unlikely' },
    { nb: 'Lite sannsynlig', en: 'Unlikely' },
    { nb: 'Verken sannsynlig eller usannsynlig', en: 'Neither likely nor unlikely' },
    { nb: 'Ganske sannsynlig', en: 'Likely' },
    { nb: 'Svært sannsynlig', en: 'Very likely' },
  ],
  true,
);
