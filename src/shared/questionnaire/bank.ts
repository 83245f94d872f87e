import type { Texts } from '../domain/language';
import type { QuestionRole, QuestionType, Scale } from '../domain/questionnaire';
import { NPS_SCALE } from '../domain/questionnaire';
import type { Draft, DraftQuestion } from './draft';

/**
 * The question bank: standard items with tested wording in English, Norwegian and Danish. Each item
 * becomes a Draft; `[company]` in a text is replaced by the study's client name when one is given.
 */
export const BANK_ITEMS = [
  'satisfaction',
  'nps',
  'loyalty',
  'enps',
  'performanceImportance',
  'why',
  'gender',
  'ageGroup',
  'customerType',
  'region',
] as const;
export type BankItem = (typeof BANK_ITEMS)[number];

/** Items that belong to a touchpoint (the rest are overall questions). */
export const TOUCHPOINT_ITEMS: readonly BankItem[] = ['performanceImportance', 'why'];

const tx = (en: string, nb: string, da: string): Texts => ({ en, nb, da });

const range = (min: number, max: number, low: Texts, high: Texts, dontKnow = true): Scale => ({
  kind: 'range',
  min,
  max,
  labels: [
    { value: min, texts: low },
    { value: max, texts: high },
  ],
  missingCodes: dontKnow
    ? [{ value: 99, kind: 'dontKnow', texts: tx('Don’t know', 'Vet ikke', 'Ved ikke') }]
    : [],
});

const choice = (options: Texts[]): Scale => ({
  kind: 'choice',
  options: options.map((texts, i) => ({ code: String(i + 1), texts })),
});

const q = (
  code: string,
  type: QuestionType,
  role: QuestionRole,
  scale: Scale,
  texts: Texts,
  weighsQuestionCode: string | null = null,
): DraftQuestion => ({ code, type, role, scale, texts, weighsQuestionCode });

const VERY_DISSATISFIED = tx('Very dissatisfied', 'Svært misfornøyd', 'Meget utilfreds');
const VERY_SATISFIED = tx('Very satisfied', 'Svært fornøyd', 'Meget tilfreds');
const NOT_LIKELY = tx('Not at all likely', 'Svært lite sannsynlig', 'Slet ikke sandsynligt');
const EXTREMELY_LIKELY = tx('Extremely likely', 'Svært sannsynlig', 'Meget sandsynligt');

/** The background (segment) items: one single-choice question each. */
const SEGMENTS: Record<
  'gender' | 'ageGroup' | 'customerType' | 'region',
  { code: string; texts: Texts; options: Texts[] }
> = {
  gender: {
    code: 'GENDER',
    texts: tx('What is your gender?', 'Hva er ditt kjønn?', 'Hvad er dit køn?'),
    options: [
      tx('Woman', 'Kvinne', 'Kvinde'),
      tx('Man', 'Mann', 'Mand'),
      tx('Other', 'Annet', 'Andet'),
      tx('Prefer not to say', 'Ønsker ikke å oppgi', 'Ønsker ikke at oplyse'),
    ],
  },
  ageGroup: {
    code: 'AGE',
    texts: tx('What is your age?', 'Hvor gammel er du?', 'Hvor gammel er du?'),
    options: [
      tx('Under 30', 'Under 30', 'Under 30'),
      tx('30–44', '30–44', '30–44'),
      tx('45–59', '45–59', '45–59'),
      tx('60 or older', '60 eller eldre', '60 eller ældre'),
    ],
  },
  customerType: {
    code: 'CUSTTYPE',
    texts: tx(
      'Are you a private or a business customer?',
      'Er du privatkunde eller bedriftskunde?',
      'Er du privatkunde eller erhvervskunde?',
    ),
    options: [
      tx('Private customer', 'Privatkunde', 'Privatkunde'),
      tx('Business customer', 'Bedriftskunde', 'Erhvervskunde'),
    ],
  },
  region: {
    code: 'REGION',
    texts: tx('Where do you live?', 'Hvor bor du?', 'Hvor bor du?'),
    options: [
      tx('North', 'Nord', 'Nord'),
      tx('Middle', 'Midt', 'Midt'),
      tx('West', 'Vest', 'Vest'),
      tx('East', 'Øst', 'Øst'),
      tx('South', 'Sør', 'Syd'),
    ],
  },
};

export type BankContext = {
  /** The client's name for "[company]"; without it the texts keep a neutral wording. */
  company?: string;
  /** Code prefix of the touchpoint the item goes into, e.g. TP01 → TP01_PERF. */
  touchpointCode?: string;
  /** Touchpoint name for the texts of a touchpoint item, per language. */
  touchpointTexts?: Texts;
};

function fill(texts: Texts, key: string, value: Texts | string): Texts {
  const out: Texts = {};
  for (const l of ['en', 'nb', 'da'] as const) {
    const t = texts[l];
    if (t === undefined) continue;
    const v = typeof value === 'string' ? value : (value[l] ?? value.en ?? value.nb ?? value.da ?? '');
    out[l] = t.split(key).join(v);
  }
  return out;
}

const DEFAULT_COMPANY = tx('us', 'oss', 'os');

/** The questions of one bank item. */
export function bankQuestions(item: BankItem, ctx: BankContext = {}): DraftQuestion[] {
  const company = ctx.company?.trim() ? ctx.company.trim() : DEFAULT_COMPANY;
  const c = (t: Texts) => fill(t, '[company]', company);
  const prefix = ctx.touchpointCode ?? 'TP';
  const tpName = ctx.touchpointTexts
    ? lowerFirst(ctx.touchpointTexts)
    : tx('this contact', 'denne kontakten', 'denne kontakt');
  const tp = (t: Texts) => fill(t, '[touchpoint]', tpName);
  switch (item) {
    case 'satisfaction':
      return [
        q(
          'SAT',
          'rating',
          'outcome-satisfaction',
          range(1, 10, VERY_DISSATISFIED, VERY_SATISFIED),
          c(
            tx(
              'All things considered, how satisfied are you with [company]?',
              'Alt i alt, hvor fornøyd er du med [company]?',
              'Alt i alt, hvor tilfreds er du med [company]?',
            ),
          ),
        ),
      ];
    case 'nps':
      return [
        q(
          'NPS',
          'nps',
          'outcome-recommend',
          {
            ...NPS_SCALE,
            labels: [
              { value: 0, texts: NOT_LIKELY },
              { value: 10, texts: EXTREMELY_LIKELY },
            ],
          },
          c(
            tx(
              'How likely is it that you would recommend [company] to a friend or colleague?',
              'Hvor sannsynlig er det at du vil anbefale [company] til en venn eller kollega?',
              'Hvor sandsynligt er det, at du vil anbefale [company] til en ven eller kollega?',
            ),
          ),
        ),
      ];
    case 'loyalty':
      return [
        q(
          'LOY',
          'rating',
          'loyalty',
          range(1, 10, NOT_LIKELY, EXTREMELY_LIKELY),
          c(
            tx(
              'How likely is it that you will choose [company] again next time?',
              'Hvor sannsynlig er det at du velger [company] igjen neste gang?',
              'Hvor sandsynligt er det, at du vælger [company] igen næste gang?',
            ),
          ),
        ),
      ];
    case 'enps':
      return [
        q(
          'ENPS',
          'nps',
          'outcome-recommend',
          {
            ...NPS_SCALE,
            labels: [
              { value: 0, texts: NOT_LIKELY },
              { value: 10, texts: EXTREMELY_LIKELY },
            ],
          },
          c(
            tx(
              'How likely is it that you would recommend [company] as a place to work to a friend or acquaintance?',
              'Hvor sannsynlig er det at du vil anbefale [company] som arbeidsplass til en venn eller bekjent?',
              'Hvor sandsynligt er det, at du vil anbefale [company] som arbejdsplads til en ven eller bekendt?',
            ),
          ),
        ),
      ];
    case 'performanceImportance': {
      const perf = `${prefix}_PERF`;
      return [
        q(
          perf,
          'rating',
          'performance',
          range(1, 10, VERY_DISSATISFIED, VERY_SATISFIED),
          tp(
            tx(
              'How satisfied are you with [touchpoint]?',
              'Hvor fornøyd er du med [touchpoint]?',
              'Hvor tilfreds er du med [touchpoint]?',
            ),
          ),
        ),
        q(
          `${prefix}_IMP`,
          'rating',
          'importance',
          range(
            1,
            10,
            tx('Not at all important', 'Helt uviktig', 'Slet ikke vigtigt'),
            tx('Very important', 'Svært viktig', 'Meget vigtigt'),
          ),
          tp(
            tx(
              'How important is [touchpoint] to you?',
              'Hvor viktig er [touchpoint] for deg?',
              'Hvor vigtig er [touchpoint] for dig?',
            ),
          ),
          perf,
        ),
      ];
    }
    case 'why':
      return [
        q(
          `${prefix}_WHY`,
          'text',
          'comment',
          { kind: 'none' },
          tx(
            'Why do you say that? Please tell us in your own words.',
            'Hvorfor svarer du det? Fortell gjerne med egne ord.',
            'Hvorfor svarer du det? Fortæl gerne med dine egne ord.',
          ),
        ),
      ];
    case 'gender':
    case 'ageGroup':
    case 'customerType':
    case 'region': {
      const segment = SEGMENTS[item];
      return [q(segment.code, 'single', 'segment', choice(segment.options), segment.texts)];
    }
  }
}

/**
 * A Draft of the chosen items, with codes made unique against `taken` (codes already in the study):
 * SAT, SAT_2 … An importance question keeps pointing at its renamed performance question.
 */
export function bankDraft(
  items: readonly BankItem[],
  ctx: BankContext = {},
  taken: Iterable<string> = [],
): Draft {
  const used = new Set([...taken].map((c) => c.toLowerCase()));
  const general: DraftQuestion[] = [];
  for (const item of items) {
    const renamed = new Map<string, string>();
    for (const question of bankQuestions(item, ctx)) {
      const code = uniqueCode(question.code, used);
      renamed.set(question.code, code);
      const weighs = question.weighsQuestionCode ?? null;
      general.push({
        ...question,
        code,
        weighsQuestionCode: weighs ? (renamed.get(weighs) ?? weighs) : null,
      });
    }
  }
  return { stages: [], general };
}

/** `base`, or `base_2`, `base_3` … whichever is free; marks it used. */
export function uniqueCode(base: string, used: Set<string>): string {
  let code = base;
  for (let n = 2; used.has(code.toLowerCase()); n++) code = `${base}_${n}`;
  used.add(code.toLowerCase());
  return code;
}

/** "The website" reads as "the website" inside a sentence; names like "NAV" or "iPhone" stay as they are. */
export function lowerFirst(t: Texts): Texts {
  const out: Texts = {};
  for (const l of ['en', 'nb', 'da'] as const) {
    const v = t[l];
    if (v === undefined) continue;
    out[l] = /^[A-ZÆØÅ][a-zæøå]/.test(v) ? v[0]!.toLowerCase() + v.slice(1) : v;
  }
  return out;
}
