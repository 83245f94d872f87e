import type { SampleQuestion, SampleStudyInput } from '../sample-format';
import { SAMPLE_FORMAT } from '../sample-format';
import { JOURNEY } from './journey';
import type { Bi } from './scales';
import { endpoints, LOYALTY_SCALE } from './scales';

/**
 * The sample study's content: a fictional Norwegian insurer's customer-journey study in Bokmål and
 * English. Everything the user sees first in the app comes from here (and from the simulated
 * responses), so texts are written as a real consultant would write them.
 */

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
  stages: JOURNEY,
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
