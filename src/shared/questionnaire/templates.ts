import type { Texts } from '../domain/language';
import { bankQuestions, lowerFirst } from './bank';
import type { Draft, DraftStage } from './draft';

/** Journey templates: typical stages and touchpoints of a B2C and a B2B customer journey. */
export const TEMPLATES = ['b2c', 'b2b'] as const;
export type TemplateId = (typeof TEMPLATES)[number];

type Tp = [en: string, nb: string, da: string];
type StageSpec = { name: Tp; touchpoints: Tp[] };

const B2C: StageSpec[] = [
  {
    name: ['Awareness', 'Oppmerksomhet', 'Opmærksomhed'],
    touchpoints: [
      ['Advertising', 'Reklame', 'Reklame'],
      ['Recommendations from others', 'Anbefalinger fra andre', 'Anbefalinger fra andre'],
    ],
  },
  {
    name: ['Research', 'Undersøke', 'Undersøge'],
    touchpoints: [
      ['The website', 'Nettsiden', 'Hjemmesiden'],
      ['Reviews and comparisons', 'Omtaler og sammenligninger', 'Anmeldelser og sammenligninger'],
    ],
  },
  {
    name: ['Purchase', 'Kjøp', 'Køb'],
    touchpoints: [
      ['The store', 'Butikken', 'Butikken'],
      ['The online shop', 'Nettbutikken', 'Webshoppen'],
      ['Payment', 'Betaling', 'Betaling'],
    ],
  },
  {
    name: ['Delivery', 'Levering', 'Levering'],
    touchpoints: [
      ['Delivery time', 'Leveringstid', 'Leveringstid'],
      ['Order updates', 'Informasjon om bestillingen', 'Information om bestillingen'],
    ],
  },
  {
    name: ['Use', 'Bruk', 'Brug'],
    touchpoints: [
      ['The product', 'Produktet', 'Produktet'],
      ['Instructions', 'Bruksanvisning', 'Brugsanvisning'],
    ],
  },
  {
    name: ['Service', 'Kundeservice', 'Kundeservice'],
    touchpoints: [
      ['Customer service by phone', 'Kundeservice på telefon', 'Kundeservice på telefon'],
      ['Chat and e-mail', 'Chat og e-post', 'Chat og e-mail'],
      ['Returns and complaints', 'Retur og reklamasjon', 'Returnering og reklamation'],
    ],
  },
];

const B2B: StageSpec[] = [
  {
    name: ['First contact', 'Første kontakt', 'Første kontakt'],
    touchpoints: [
      ['Sales meeting', 'Salgsmøte', 'Salgsmøde'],
      ['The website', 'Nettsiden', 'Hjemmesiden'],
    ],
  },
  {
    name: ['Offer and agreement', 'Tilbud og avtale', 'Tilbud og aftale'],
    touchpoints: [
      ['The offer', 'Tilbudet', 'Tilbuddet'],
      ['Contract and terms', 'Kontrakt og vilkår', 'Kontrakt og vilkår'],
    ],
  },
  {
    name: ['Onboarding', 'Oppstart', 'Opstart'],
    touchpoints: [
      ['Implementation', 'Implementering', 'Implementering'],
      ['Training', 'Opplæring', 'Oplæring'],
    ],
  },
  {
    name: ['Delivery', 'Leveranse', 'Levering'],
    touchpoints: [
      ['Product and service quality', 'Kvalitet på produkt og tjeneste', 'Kvalitet på produkt og ydelse'],
      ['Delivery on time', 'Levering til avtalt tid', 'Levering til aftalt tid'],
    ],
  },
  {
    name: ['Support', 'Support', 'Support'],
    touchpoints: [
      ['Technical support', 'Teknisk support', 'Teknisk support'],
      ['Your contact person', 'Din kontaktperson', 'Din kontaktperson'],
    ],
  },
  {
    name: ['Invoicing and renewal', 'Fakturering og fornyelse', 'Fakturering og fornyelse'],
    touchpoints: [
      ['Invoices', 'Fakturaer', 'Fakturaer'],
      ['Account review', 'Kundemøte og oppfølging', 'Kundemøde og opfølgning'],
    ],
  },
];

const texts = ([en, nb, da]: Tp): Texts => ({ en, nb, da });

export type TemplateOptions = {
  /** Add a performance + importance pair to every touchpoint (default true). */
  withQuestions?: boolean;
  /** Numbering starts after this many touchpoints already in the study (so codes stay unique). */
  touchpointOffset?: number;
  stageOffset?: number;
};

/** The template as a Draft: stages S01…, touchpoints TP01… and, by default, TPnn_PERF / TPnn_IMP. */
export function templateDraft(id: TemplateId, opts: TemplateOptions = {}): Draft {
  const spec = id === 'b2c' ? B2C : B2B;
  const withQuestions = opts.withQuestions ?? true;
  let tpNo = opts.touchpointOffset ?? 0;
  const stages: DraftStage[] = spec.map((s, si) => ({
    code: `S${pad(si + 1 + (opts.stageOffset ?? 0))}`,
    texts: texts(s.name),
    touchpoints: s.touchpoints.map((tp) => {
      const code = `TP${pad(++tpNo)}`;
      return {
        code,
        texts: texts(tp),
        questions: withQuestions
          ? bankQuestions('performanceImportance', {
              touchpointCode: code,
              touchpointTexts: lowerFirst(texts(tp)),
            })
          : [],
      };
    }),
  }));
  return { stages, general: [] };
}

const pad = (n: number) => String(n).padStart(2, '0');
