import { normalizeLabel } from './missing';

/**
 * Verbal labels of the five-point scales our clients use, in English, Norwegian and Danish, with their
 * point (1 lowest). Used when a file holds labels instead of numbers and the question's scale has no
 * label of its own that matches.
 */
const FIVE_POINT: readonly (readonly [number, readonly string[]])[] = [
  [
    5,
    [
      'very satisfied',
      'extremely satisfied',
      'completely satisfied',
      'svært fornøyd',
      'veldig fornøyd',
      'meget fornøyd',
      'meget tilfreds',
      'særdeles tilfreds',
      'strongly agree',
      'completely agree',
      'helt enig',
      'very good',
      'excellent',
      'svært god',
      'svært bra',
      'meget god',
      'very likely',
      'svært sannsynlig',
      'meget sandsynligt',
      'very important',
      'svært viktig',
      'meget vigtigt',
      'extremely important',
    ],
  ],
  [
    4,
    [
      'satisfied',
      'somewhat satisfied',
      'fairly satisfied',
      'fornøyd',
      'ganske fornøyd',
      'tilfreds',
      'overvejende tilfreds',
      'agree',
      'somewhat agree',
      'enig',
      'delvis enig',
      'good',
      'god',
      'bra',
      'likely',
      'sannsynlig',
      'sandsynligt',
      'important',
      'viktig',
      'vigtigt',
    ],
  ],
  [
    3,
    [
      'neither satisfied nor dissatisfied',
      'neutral',
      'verken fornøyd eller misfornøyd',
      'hverken fornøyd eller misfornøyd',
      'hverken tilfreds eller utilfreds',
      'hverken eller',
      'verken eller',
      'neither agree nor disagree',
      'verken enig eller uenig',
      'hverken enig eller uenig',
      'fair',
      'average',
      'middels',
      'nøytral',
      'neutral',
      'neither likely nor unlikely',
      'moderately important',
      'noe viktig',
      'noget vigtigt',
    ],
  ],
  [
    2,
    [
      'dissatisfied',
      'somewhat dissatisfied',
      'fairly dissatisfied',
      'misfornøyd',
      'ganske misfornøyd',
      'utilfreds',
      'overvejende utilfreds',
      'disagree',
      'somewhat disagree',
      'uenig',
      'delvis uenig',
      'poor',
      'dårlig',
      'unlikely',
      'usannsynlig',
      'usandsynligt',
      'slightly important',
      'lite viktig',
      'lidt vigtigt',
    ],
  ],
  [
    1,
    [
      'very dissatisfied',
      'extremely dissatisfied',
      'completely dissatisfied',
      'svært misfornøyd',
      'veldig misfornøyd',
      'meget misfornøyd',
      'meget utilfreds',
      'særdeles utilfreds',
      'strongly disagree',
      'completely disagree',
      'helt uenig',
      'very poor',
      'svært dårlig',
      'meget dårlig',
      'very unlikely',
      'svært usannsynlig',
      'meget usandsynligt',
      'not at all important',
      'ikke viktig',
      'ikke vigtigt',
      'not important',
    ],
  ],
];

/** Ends of a 0–10 likelihood scale as the tools write them beside the number. */
const SCALE_ENDS: readonly (readonly ['min' | 'max', readonly string[]])[] = [
  ['max', ['extremely likely', 'svært sannsynlig', 'meget sandsynligt', 'ekstremt sannsynlig']],
  [
    'min',
    [
      'not at all likely',
      'not likely at all',
      'ikke sannsynlig',
      'slett ikke sannsynlig',
      'overhodet ikke sannsynlig',
      'slet ikke sandsynligt',
      'ikke sandsynligt',
    ],
  ],
];

const FIVE = new Map<string, number>();
for (const [v, texts] of FIVE_POINT)
  for (const t of texts) if (!FIVE.has(normalizeLabel(t))) FIVE.set(normalizeLabel(t), v);
const ENDS = new Map<string, 'min' | 'max'>();
for (const [v, texts] of SCALE_ENDS) for (const t of texts) ENDS.set(normalizeLabel(t), v);

/**
 * The point a verbal label means on a `min`–`max` scale: five-point labels map onto a five-point scale
 * only (guessing 1–7 or 0–10 positions would invent precision), scale-end labels onto either end.
 */
export function builtInLabelValue(label: string, min: number, max: number): number | null {
  const n = normalizeLabel(label);
  const end = ENDS.get(n);
  if (end) return end === 'min' ? min : max;
  const five = FIVE.get(n);
  if (five !== undefined && max - min === 4) return min + five - 1;
  return null;
}
