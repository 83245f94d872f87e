/**
 * Masks personal data in free-text answers before a comment is quoted anywhere (screen, PDF, PPTX,
 * xlsx, CLI). One masker for the whole app, so every place masks the same things the same way.
 *
 * What is masked (en, nb, da):
 * - e-mail addresses → "[e-mail]"
 * - phone numbers: Nordic 8-digit numbers (+47 / +45 / 0047, written "12345678", "12 34 56 78",
 *   "123 45 678", "1234 5678"), and international numbers starting with + or 00 → "[phone]"
 * - account and policy numbers: IBAN, Norwegian 11-digit account numbers ("1234.56.78901",
 *   "1234 56 78901"), any run of 9 or more digits, and the token after "policy number",
 *   "polisenummer", "kundenummer", "avtalenummer", "policenummer", … → "[number]"
 * - person names after a cue ("jeg heter", "min rådgiver", "kontakt", "ask for", "spoke with",
 *   "hedder", …): one to three Capitalised words (hyphenated names included) → "[name]"
 *
 * Decision on the placeholders: `maskPersonalData(text)` writes the neutral bracketed tokens above
 * (the same in every language, so a masked text is stable data that can be stored, compared and
 * tested). Screens and exports that want the words of the report's language pass `labels` (built
 * from the `suppression` locale area, e.g. "[e-post]", "[telefon]", "[navn]", "[nummer]"); the
 * masked positions are the same either way. `hits` are positions in the RETURNED text (the original
 * must never be shown, so positions in it would be of no use to a renderer).
 *
 * Masking is deliberately greedy: a false positive costs a word of a comment, a false negative
 * costs a respondent's privacy.
 */

export type MaskKind = 'email' | 'phone' | 'name' | 'account';

export type MaskHit = { kind: MaskKind; start: number; end: number };

export type MaskLabels = Record<MaskKind, string>;

export const NEUTRAL_MASK_LABELS: MaskLabels = {
  email: '[e-mail]',
  phone: '[phone]',
  name: '[name]',
  account: '[number]',
};

type Span = { start: number; end: number; kind: MaskKind; priority: number };

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
/** IBAN: two letters, two check digits, 11–30 more characters, optionally grouped by four. */
const IBAN = /\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,4})?\b/g;
/** Norwegian bank account: 4 + 2 + 5 digits, with dots or spaces. */
const NO_ACCOUNT = /(?<![\d.])\d{4}[. ]\d{2}[. ]\d{5}(?![\d])/g;
/** International: + or 00, country code, then 6–13 digits with spaces, dashes, dots or brackets. */
const INTL_PHONE = /(?<![\p{L}\p{N}])(?:\+|00)\d{1,3}(?:[\s.-]?\(?\d+\)?){1,6}(?![\p{L}\p{N}])/gu;
/** Nordic 8 digits: 12345678, 12 34 56 78, 123 45 678, 1234 5678, 12-34-56-78. */
const LOCAL_PHONE =
  /(?<![\p{N}.,])(?:\d{8}|\d{2}(?:[ -]\d{2}){3}|\d{3}[ -]\d{2}[ -]\d{3}|\d{4}[ -]\d{4})(?![\p{N}]|[.,]\d)/gu;
/** 9 or more digits, possibly grouped by spaces, dots or dashes. */
const LONG_DIGITS = /(?<![\p{N}])\d(?:[ .-]?\d){8,}(?![\p{N}])/gu;
/** A number cue followed by an identifier that holds a digit. */
const NUMBER_CUE =
  /\b(?:policy|account|customer|contract|reference|member|claim|case)\s*(?:number|no\.?|nr\.?|#)|\b(?:polise|police|konto|kunde|avtale|kontrakt|referanse|reference|medlems|skade|sags|saks|forsikrings)(?:nummer|nr\.?)\b|\bnr\.?(?=\s*:)/giu;
const ID_AFTER_CUE =
  /[\s:.#-]*(?:(?:is|was|er|var|lyder)\s+)?((?=[\p{L}\p{N}/-]*\d)[\p{L}\p{N}][\p{L}\p{N}/-]{3,})/uy;

/** Cue words after which the next Capitalised words are taken for a person's name. */
const NAME_CUES = [
  // nb
  'jeg heter',
  'mitt navn er',
  'navnet mitt er',
  'min rådgiver',
  'rådgiveren min',
  'rådgiver',
  'saksbehandler',
  'saksbehandleren',
  'kontaktperson',
  'kontakt',
  'kontaktet',
  'snakket med',
  'snakke med',
  'pratet med',
  'spør etter',
  'takk til',
  'hilsen',
  // da
  'jeg hedder',
  'hedder',
  'mit navn er',
  'min rådgiver',
  'sagsbehandler',
  'talte med',
  'snakkede med',
  'spørg efter',
  'tak til',
  'kontakte',
  // en
  'my name is',
  'ask for',
  'asked for',
  'spoke with',
  'spoke to',
  'talked to',
  'talked with',
  'speak to',
  'speak with',
  'my advisor',
  'my adviser',
  'advisor',
  'adviser',
  'contact',
  'thanks to',
  'regards',
];
const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const CUE = new RegExp(
  `(?<![\\p{L}])(?:${[...new Set(NAME_CUES)]
    .sort((a, b) => b.length - a.length)
    .map((c) => escapeRe(c).replace(/ /g, '\\s+'))
    .join('|')})(?![\\p{L}])`,
  'giu',
);
const TITLE = String.raw`(?:(?:Mr|Mrs|Ms|Dr|herr|hr|fru|frk)\.?\s+)?`;
const CAP_WORD = String.raw`\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)*`;
/** After a cue: optional ":", ",", "-", "is", "er"/"var", then 1–3 Capitalised words. */
const NAME_AFTER_CUE = new RegExp(
  String.raw`(?:\s*[:,–-])?\s+(?:(?:er|var|is|was|,)\s+)?${TITLE}(${CAP_WORD}(?:\s+${CAP_WORD}){0,2})`,
  'uy',
);

function collect(re: RegExp, text: string, kind: MaskKind, priority: number, out: Span[]): void {
  re.lastIndex = 0;
  for (const m of text.matchAll(re)) out.push({ start: m.index, end: m.index + m[0].length, kind, priority });
}

/** Masks e-mail addresses, phone numbers, account / policy numbers and names after cues. */
export function maskPersonalData(
  text: string,
  labels: MaskLabels = NEUTRAL_MASK_LABELS,
): { text: string; hits: MaskHit[] } {
  if (!text) return { text, hits: [] };
  const spans: Span[] = [];
  collect(EMAIL, text, 'email', 0, spans);
  collect(IBAN, text, 'account', 1, spans);
  collect(NO_ACCOUNT, text, 'account', 1, spans);
  collect(INTL_PHONE, text, 'phone', 2, spans);
  collect(LONG_DIGITS, text, 'account', 3, spans);
  collect(LOCAL_PHONE, text, 'phone', 4, spans);
  NUMBER_CUE.lastIndex = 0;
  for (const m of text.matchAll(NUMBER_CUE)) {
    ID_AFTER_CUE.lastIndex = m.index + m[0].length;
    const id = ID_AFTER_CUE.exec(text);
    if (id?.[1]) {
      const start = ID_AFTER_CUE.lastIndex - id[1].length;
      spans.push({ start, end: ID_AFTER_CUE.lastIndex, kind: 'account', priority: 1 });
    }
  }
  CUE.lastIndex = 0;
  for (const m of text.matchAll(CUE)) {
    NAME_AFTER_CUE.lastIndex = m.index + m[0].length;
    const name = NAME_AFTER_CUE.exec(text);
    if (name?.[1]) {
      const end = NAME_AFTER_CUE.lastIndex;
      spans.push({ start: end - name[1].length, end, kind: 'name', priority: 5 });
    }
  }
  // Overlaps: the stronger detector (lower priority number) wins, then the longer span.
  spans.sort((a, b) => a.priority - b.priority || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const chosen: Span[] = [];
  for (const s of spans) if (!chosen.some((c) => s.start < c.end && c.start < s.end)) chosen.push(s);
  chosen.sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  const hits: MaskHit[] = [];
  for (const s of chosen) {
    out += text.slice(at, s.start);
    const label = labels[s.kind];
    hits.push({ kind: s.kind, start: out.length, end: out.length + label.length });
    out += label;
    at = s.end;
  }
  out += text.slice(at);
  return { text: out, hits };
}
