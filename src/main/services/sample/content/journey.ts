import type { SampleQuestion, SampleStudyInput } from '../sample-format';
import type { Bi } from './scales';
import { IMPORTANCE_SCALE, PERFORMANCE_SCALE } from './scales';

/**
 * The sample study's customer journey: six stages of an insurer's touchpoints, each rated for
 * satisfaction and most also for stated importance.
 */

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

export const JOURNEY: SampleStudyInput['stages'] = [
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
];
