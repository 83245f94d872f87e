import type { SampleQuestion, SampleStudyInput } from '../sample-format';
import { SAMPLE_FORMAT } from '../sample-format';

/**
 * The sample study's content: a fictional Norwegian insurer's customer-journey study in Bokmål and
 * English. Everything the user sees first in the app comes from here (and from the simulated
 * responses), so texts are written as a real consultant would write them.
 */

type Bi = { nb: string; en: string };
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

function endpoints(min: number, max: number, low: Bi, high: Bi): Range {
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

const LOYALTY_SCALE = labelled(
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

type TouchpointDef = { code: string; name: Bi; perf: Bi; imp?: Bi };

function touchpoint(t: TouchpointDef) {
  const questions: SampleQuestion[] = [
    { code: `${t.code}_PERF`, type: 'rating', role: 'performance', scale: PERFORMANCE_SCALE, texts: t.perf },
  ];
  if (t.imp) {
    questions.push({
      code: `${t.code}_IMP`,
      type: 'rating',
      role: 'importance',
      scale: IMPORTANCE_SCALE,
      texts: t.imp,
      weighs: `${t.code}_PERF`,
    });
  }
  return { code: t.code, texts: t.name, questions };
}

function segment(code: string, texts: Bi, options: readonly Bi[]): SampleQuestion {
  return {
    code,
    type: 'single',
    role: 'segment',
    // Numeric option codes, as survey tools export background variables.
    scale: { kind: 'choice', options: options.map((o, i) => ({ code: String(i + 1), texts: o })) },
    texts,
  };
}

export const REGIONS: readonly Bi[] = [
  { nb: 'Nord', en: 'North' },
  { nb: 'Midt', en: 'Central' },
  { nb: 'Vest', en: 'West' },
  { nb: 'Sør', en: 'South' },
  { nb: 'Øst', en: 'East' },
];

/** Branch offices; `region` is the 1-based region code. */
export const BRANCHES: readonly { name: string; region: number }[] = [
  { name: 'Tromsø', region: 1 },
  { name: 'Bodø', region: 1 },
  { name: 'Trondheim', region: 2 },
  { name: 'Molde', region: 2 },
  { name: 'Bergen', region: 3 },
  { name: 'Stavanger', region: 3 },
  { name: 'Kristiansand', region: 4 },
  { name: 'Oslo', region: 5 },
  { name: 'Drammen', region: 5 },
  { name: 'Hamar', region: 5 },
];

export const CUSTOMER_TYPES: readonly Bi[] = [
  { nb: 'Privat', en: 'Private' },
  { nb: 'Landbruk', en: 'Agriculture' },
  { nb: 'Bedrift', en: 'Business' },
];

export const AGE_GROUPS: readonly Bi[] = [
  { nb: '18–29 år', en: '18–29' },
  { nb: '30–44 år', en: '30–44' },
  { nb: '45–59 år', en: '45–59' },
  { nb: '60–74 år', en: '60–74' },
  { nb: '75 år eller eldre', en: '75 or older' },
];

export const SAMPLE_STUDY: SampleStudyInput = {
  format: SAMPLE_FORMAT,
  study: {
    client: 'Nordlys Forsikring',
    title: 'Kundereisen 2026 / Customer journey study',
    languages: ['nb', 'en'],
    anonymityK: 5,
    branding: { primaryColor: '#0f6e63', consultancy: 'Touchpoint Studio (eksempel)' },
  },
  waves: [
    {
      year: 2025,
      label: '2025',
      fieldworkStart: '2025-03-03',
      fieldworkEnd: '2025-03-28',
      invited: 1450,
      file: 'responses-2025.csv',
    },
    {
      year: 2026,
      label: '2026',
      fieldworkStart: '2026-03-02',
      fieldworkEnd: '2026-03-27',
      invited: 1380,
      file: 'responses-2026.csv',
    },
  ],
  stages: [
    {
      code: 'ADVICE',
      texts: { nb: 'Informasjon og råd', en: 'Awareness & advice' },
      touchpoints: [
        touchpoint({
          code: 'TP01',
          name: { nb: 'Nettsiden', en: 'Website' },
          perf: {
            nb: 'Hvor fornøyd er du med nettsiden vår (informasjon om forsikringer og priser)?',
            en: 'How satisfied are you with our website (information on insurance and prices)?',
          },
          imp: {
            nb: 'Hvor viktig er en god nettside for deg?',
            en: 'How important is a good website to you?',
          },
        }),
        touchpoint({
          code: 'TP02',
          name: { nb: 'Rådgiver', en: 'Advisor' },
          perf: {
            nb: 'Hvor fornøyd er du med rådene du fikk fra rådgiveren din?',
            en: 'How satisfied are you with the advice you got from your advisor?',
          },
          imp: {
            nb: 'Hvor viktig er personlig rådgivning for deg?',
            en: 'How important is personal advice to you?',
          },
        }),
      ],
    },
    {
      code: 'PURCHASE',
      texts: { nb: 'Kjøp', en: 'Purchase' },
      touchpoints: [
        touchpoint({
          code: 'TP03',
          name: { nb: 'Pristilbud', en: 'Price quote' },
          perf: {
            nb: 'Hvor fornøyd er du med pristilbudet du fikk (pris og hvor lett det var å forstå)?',
            en: 'How satisfied are you with the price quote you received (price and how easy it was to understand)?',
          },
          imp: {
            nb: 'Hvor viktig er pristilbudet for deg når du velger forsikring?',
            en: 'How important is the price quote to you when choosing insurance?',
          },
        }),
        touchpoint({
          code: 'TP04',
          name: { nb: 'Kjøp på nett', en: 'Online purchase' },
          perf: {
            nb: 'Hvor fornøyd er du med å kjøpe forsikring på nett hos oss?',
            en: 'How satisfied are you with buying insurance online from us?',
          },
          imp: {
            nb: 'Hvor viktig er det for deg å kunne kjøpe forsikring på nett?',
            en: 'How important is it to you to be able to buy insurance online?',
          },
        }),
      ],
    },
    {
      code: 'ONBOARDING',
      texts: { nb: 'Velkommen som kunde', en: 'Onboarding' },
      touchpoints: [
        touchpoint({
          code: 'TP05',
          name: { nb: 'Velkomstbrev og forsikringsdokumenter', en: 'Welcome letter & policy documents' },
          perf: {
            nb: 'Hvor fornøyd er du med velkomstbrevet og forsikringsdokumentene du fikk?',
            en: 'How satisfied are you with the welcome letter and policy documents you received?',
          },
          imp: {
            nb: 'Hvor viktig er tydelige forsikringsdokumenter for deg?',
            en: 'How important are clear policy documents to you?',
          },
        }),
        touchpoint({
          code: 'TP06',
          name: { nb: 'Mobilappen', en: 'Mobile app' },
          perf: {
            nb: 'Hvor fornøyd er du med appen til Nordlys Forsikring?',
            en: 'How satisfied are you with the Nordlys Forsikring app?',
          },
          imp: { nb: 'Hvor viktig er appen for deg?', en: 'How important is the app to you?' },
        }),
      ],
    },
    {
      code: 'CLAIMS',
      texts: { nb: 'Skade', en: 'Claims' },
      touchpoints: [
        touchpoint({
          code: 'TP07',
          name: { nb: 'Skademelding', en: 'Claims reporting' },
          perf: {
            nb: 'Hvor fornøyd er du med hvor enkelt det var å melde skaden?',
            en: 'How satisfied are you with how easy it was to report the claim?',
          },
          imp: {
            nb: 'Hvor viktig er det at det er enkelt å melde skade?',
            en: 'How important is it that reporting a claim is easy?',
          },
        }),
        touchpoint({
          code: 'TP08',
          name: { nb: 'Saksbehandlingstid', en: 'Claims handling time' },
          perf: {
            nb: 'Hvor fornøyd er du med hvor lang tid det tok å behandle skadesaken din?',
            en: 'How satisfied are you with the time it took to handle your claim?',
          },
          imp: {
            nb: 'Hvor viktig er rask saksbehandling for deg?',
            en: 'How important is fast claims handling to you?',
          },
        }),
        touchpoint({
          code: 'TP09',
          name: { nb: 'Skadeoppgjør', en: 'Claims settlement' },
          perf: {
            nb: 'Hvor fornøyd er du med oppgjøret du fikk for skaden?',
            en: 'How satisfied are you with the settlement you received for the claim?',
          },
          imp: {
            nb: 'Hvor viktig er et rettferdig skadeoppgjør for deg?',
            en: 'How important is a fair claims settlement to you?',
          },
        }),
      ],
    },
    {
      code: 'SERVICE',
      texts: { nb: 'Service og kontakt', en: 'Service & contact' },
      touchpoints: [
        touchpoint({
          code: 'TP10',
          name: { nb: 'Kundeservice på telefon', en: 'Phone support' },
          perf: {
            nb: 'Hvor fornøyd er du med kundeservice når du ringer oss?',
            en: 'How satisfied are you with customer service when you phone us?',
          },
          imp: {
            nb: 'Hvor viktig er det for deg å kunne ringe kundeservice?',
            en: 'How important is being able to phone customer service to you?',
          },
        }),
        touchpoint({
          code: 'TP11',
          name: { nb: 'Chat', en: 'Chat' },
          perf: {
            nb: 'Hvor fornøyd er du med chatten på nettsiden og i appen?',
            en: 'How satisfied are you with the chat on the website and in the app?',
          },
        }),
        touchpoint({
          code: 'TP12',
          name: { nb: 'Faktura og betaling', en: 'Invoice & payment' },
          perf: {
            nb: 'Hvor fornøyd er du med fakturaene og betalingsløsningene (eFaktura, AvtaleGiro)?',
            en: 'How satisfied are you with the invoices and payment options (e-invoice, direct debit)?',
          },
          imp: {
            nb: 'Hvor viktig er oversiktlige fakturaer og enkel betaling for deg?',
            en: 'How important are clear invoices and easy payment to you?',
          },
        }),
      ],
    },
    {
      code: 'RENEWAL',
      texts: { nb: 'Fornyelse', en: 'Renewal' },
      touchpoints: [
        touchpoint({
          code: 'TP13',
          name: { nb: 'Fornyelsesvarsel', en: 'Renewal notice' },
          perf: {
            nb: 'Hvor fornøyd er du med fornyelsesvarselet (informasjon om ny pris og dekning)?',
            en: 'How satisfied are you with the renewal notice (information about the new price and cover)?',
          },
        }),
      ],
    },
  ],
  questions: [
    {
      code: 'SAT',
      type: 'rating',
      role: 'outcome-satisfaction',
      scale: endpoints(
        1,
        10,
        { nb: 'Svært misfornøyd', en: 'Very dissatisfied' },
        { nb: 'Svært fornøyd', en: 'Very satisfied' },
      ),
      texts: {
        nb: 'Alt i alt, hvor fornøyd er du med Nordlys Forsikring?',
        en: 'Overall, how satisfied are you with Nordlys Forsikring?',
      },
    },
    {
      code: 'NPS',
      type: 'nps',
      role: 'outcome-recommend',
      scale: endpoints(
        0,
        10,
        { nb: 'Svært lite sannsynlig', en: 'Not at all likely' },
        { nb: 'Svært sannsynlig', en: 'Extremely likely' },
      ),
      texts: {
        nb: 'Hvor sannsynlig er det at du vil anbefale Nordlys Forsikring til venner eller kolleger?',
        en: 'How likely is it that you would recommend Nordlys Forsikring to a friend or colleague?',
      },
    },
    {
      code: 'COMMENT',
      type: 'text',
      role: 'comment',
      scale: { kind: 'none' },
      texts: {
        nb: 'Hva er den viktigste grunnen til at du ga denne karakteren?',
        en: 'What is the main reason for the score you gave?',
      },
    },
    {
      code: 'LOY',
      type: 'rating',
      role: 'loyalty',
      scale: LOYALTY_SCALE,
      texts: {
        nb: 'Hvor sannsynlig er det at du fornyer forsikringene dine hos oss neste år?',
        en: 'How likely are you to renew your insurance with us next year?',
      },
    },
    segment('REGION', { nb: 'Region', en: 'Region' }, REGIONS),
    segment(
      'BRANCH',
      { nb: 'Avdelingskontor', en: 'Branch office' },
      BRANCHES.map((b) => ({ nb: b.name, en: b.name })),
    ),
    segment('CUSTTYPE', { nb: 'Kundetype', en: 'Customer type' }, CUSTOMER_TYPES),
    segment('AGE', { nb: 'Aldersgruppe', en: 'Age group' }, AGE_GROUPS),
  ],
  // The EPSI-style index: the journey's stages (touchpoint ratings, reflective) explain overall
  // satisfaction, which with service explains loyalty; the index is satisfaction on 0–100.
  plsModel: {
    constructs: {
      Advice: {
        items: ['TP01_PERF', 'TP02_PERF', 'TP03_PERF', 'TP04_PERF'],
        mode: 'A',
        labels: { en: 'Awareness & advice', nb: 'Informasjon og råd', da: 'Information og rådgivning' },
      },
      Onboarding: {
        items: ['TP05_PERF', 'TP06_PERF'],
        mode: 'A',
        labels: { en: 'Onboarding', nb: 'Velkommen som kunde', da: 'Velkommen som kunde' },
      },
      Claims: {
        items: ['TP07_PERF', 'TP08_PERF', 'TP09_PERF'],
        mode: 'A',
        labels: { en: 'Claims', nb: 'Skadeoppgjør', da: 'Skadebehandling' },
      },
      Service: {
        items: ['TP10_PERF', 'TP11_PERF', 'TP12_PERF', 'TP13_PERF'],
        mode: 'A',
        labels: { en: 'Service & contact', nb: 'Service og kontakt', da: 'Service og kontakt' },
      },
      Satisfaction: {
        items: ['SAT'],
        mode: 'A',
        labels: { en: 'Customer satisfaction', nb: 'Kundetilfredshet', da: 'Kundetilfredshed' },
      },
      Loyalty: {
        items: ['LOY'],
        mode: 'A',
        labels: { en: 'Loyalty', nb: 'Lojalitet', da: 'Loyalitet' },
      },
    },
    paths: [
      ['Advice', 'Satisfaction'],
      ['Onboarding', 'Satisfaction'],
      ['Claims', 'Satisfaction'],
      ['Service', 'Satisfaction'],
      ['Satisfaction', 'Loyalty'],
      ['Service', 'Loyalty'],
    ],
    target: 'Satisfaction',
  },
};
