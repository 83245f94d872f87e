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
      ['The advertising', 'Reklamen', 'Reklamen'],
      ['Advice from friends and family', 'Anbefalinger fra andre', 'Anbefalinger fra andre'],
    ],
  },
  {
    name: ['Research', 'Undersøke', 'Undersøge'],
    touchpoints: [
      ['The website', 'Nettsiden', 'Hjemmesiden'],
      ['Comparing offers', 'Omtaler og sammenligninger', 'Anmeldelser og sammenligninger'],
    ],
  },
  {
    name: ['Purchase', 'Kjøp', 'Køb'],
    touchpoints: [
      ['The store', 'Butikken', 'Butikken'],
      ['The online shop', 'Nettbutikken', 'Webshoppen'],
      ['The payment', 'Betalingen', 'Betalingen'],
    ],
  },
  {
    name: ['Delivery', 'Levering', 'Levering'],
    touchpoints: [
      ['The delivery time', 'Leveringstiden', 'Leveringstiden'],
      ['The order information', 'Informasjonen om bestillingen', 'Informationen om bestillingen'],
    ],
  },
  {
    name: ['Use', 'Bruk', 'Brug'],
    touchpoints: [
      ['The product', 'Produktet', 'Produktet'],
      ['The user guide', 'Bruksanvisningen', 'Brugsanvisningen'],
    ],
  },
  {
    name: ['Service', 'Kundeservice', 'Kundeservice'],
    touchpoints: [
      ['Customer service by phone', 'Kundeservice på telefon', 'Kundeservice på telefon'],
      ['Chat and e-mail', 'Chat og e-post', 'Chat og e-mail'],
      [
        'The handling of returns and complaints',
        'Behandlingen av retur og reklamasjon',
        'Behandlingen af returnering og reklamation',
      ],
    ],
  },
];

const B2B: StageSpec[] = [
  {
    name: ['First contact', 'Første kontakt', 'Første kontakt'],
    touchpoints: [
      ['The sales meeting', 'Salgsmøtet', 'Salgsmødet'],
      ['The website', 'Nettsiden', 'Hjemmesiden'],
    ],
  },
  {
    name: ['Offer and agreement', 'Tilbud og avtale', 'Tilbud og aftale'],
    touchpoints: [
      ['The offer', 'Tilbudet', 'Tilbuddet'],
      ['The contract', 'Kontrakten og vilkårene', 'Kontrakten og vilkårene'],
    ],
  },
  {
    name: ['Onboarding', 'Oppstart', 'Opstart'],
    touchpoints: [
      ['The implementation', 'Implementeringen', 'Implementeringen'],
      ['The training', 'Opplæringen', 'Oplæringen'],
    ],
  },
  {
    name: ['Delivery', 'Leveranse', 'Levering'],
    touchpoints: [
      [
        'The quality of product and service',
        'Kvaliteten på produkt og tjeneste',
        'Kvaliteten på produkt og ydelse',
      ],
      ['Delivery on the agreed date', 'Levering til avtalt tid', 'Levering til aftalt tid'],
    ],
  },
  {
    name: ['Support', 'Support', 'Support'],
    touchpoints: [
      ['The technical support', 'Den tekniske supporten', 'Den tekniske support'],
      ['Your contact person', 'Din kontaktperson', 'Din kontaktperson'],
    ],
  },
  {
    name: ['Invoicing and renewal', 'Fakturering og fornyelse', 'Fakturering og fornyelse'],
    touchpoints: [
      ['The invoicing', 'Fakturaene', 'Fakturaerne'],
      ['The account follow-up', 'Kundemøtene og oppfølgingen', 'Kundemøderne og opfølgningen'],
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
