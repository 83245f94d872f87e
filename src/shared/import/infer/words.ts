import { normalizeLabel } from '../missing';

/**
 * Wordings that tell what a question measures, in English, Norwegian, Danish and Swedish, matched on
 * the normalized header (lower case; accents other than å's ring removed, so "nöjd" reads "nojd").
 */
export const RECOMMEND = /recommend|anbefal|rekommend|empfehl|\bnps\b/;
export const OVERALL =
  /\boverall\b|all in all|alt i alt|allt som allt|samlet sett|samlet set|samla sett|totalt sett|totalt set|sammantaget|samlet\b|overordnet|helhets|i det hele|generelt sett|total satisf|totaltilfreds/;
export const SATISFIED = /satisf|fornøy|tilfred|nojd|happy|content/;
export const LOYALTY =
  /choose (?:\w+ )?again|choose us again|select (?:\w+ )?again|velge (?:\w+ )?igjen|velge oss igjen|vælge (?:\w+ )?igen|valja (?:\w+ )?igen|fortsette som kunde|fortsætte som kunde|fortsatta som kund|repurchase|buy (?:\w+ )?again|purchase (?:\w+ )?again|kjøpe (?:\w+ )?igjen|købe (?:\w+ )?igen|kopa (?:\w+ )?igen|come back|komme tilbake|komme igen|stay with|remain a customer|forbli kunde|forblive kunde|loyal|lojal/;
export const IMPORTANCE =
  /how important|hvor viktig|hvor vigtig|hur viktig|importance of|\bimportance\b|betydning|viktighet|vigtighed|hvor stor betydning|hvor mye betyr|hvor meget betyder/;
export const BACKGROUND =
  /\b(?:gender|sex|kjønn|køn|kon|age|age group|alder|aldersgruppe|alder gruppe|alder i år|alder i ar|alder kategori|alder grupper|aldersgrupper|ålder|alder|region|landsdel|fylke|kommune|county|branch|filial|avdeling|afdeling|department|office|kontor|butikk|butik|kundetype|kundegruppe|customer type|customer segment|segment|location|income|inntekt|indkomst|inkomst|education|utdanning|uddannelse|utbildning|household|husstand|occupation|yrke|stilling)\b/;

export const norm = (s: string): string => normalizeLabel(s);

/** The first of the patterns the header matches, as the words it matched, or null. */
export function matched(header: string, re: RegExp): string | null {
  const m = re.exec(norm(header));
  return m ? m[0] : null;
}

export const COMMENT =
  /\bcomments?\b|kommentar|bemerkning|bemærkning|remarks?|feedback|tilbakemelding|anything else|annet du vil|andet du vil|suggestions?|forslag|please specify|spesifiser|angiv|\bwhy\b|hvorfor|varfor/;

/** A ranking asks for positions (1 = first), not a rating: "rank", nb "ranger", da "rangér", sv "rangordna". */
export const RANKING = /\brank(?:s|ed|ing)?\b|\brangere\b|\branger\b|\brangordn|\brangering/;
