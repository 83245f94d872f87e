import { MISSING } from '../domain/questionnaire';
import type { MissingKind } from '../domain/questionnaire';

/** Normalizes an answer label for comparison: case, accents outside æøå, punctuation, spacing. */
export function normalizeLabel(s: string): string {
  return s
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .normalize('NFKD')
    .replace(/[\u0300-\u0309\u030b-\u036f]/g, '') // keep å's ring (U+030A) so å ≠ a
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}'/ ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const DONT_KNOW = [
  "don't know",
  'dont know',
  'do not know',
  'not sure',
  "i don't know",
  'vet ikke',
  'veit ikkje',
  'veit ikke',
  'ved ikke',
  'jeg vet ikke',
  'jeg ved ikke',
  'kan ikke svare',
  'kan ikke vurdere',
  'ikke sikker',
  'vet ej',
  'vet inte',
  'jag vet inte',
  'dk',
];
const NOT_APPLICABLE = [
  'n/a',
  'na',
  'not applicable',
  'does not apply',
  'ikke relevant',
  'ikkje relevant',
  'ikke aktuelt',
  'ikke aktuel',
  'ikke anvendelig',
  'ej relevant',
  'inte relevant',
  'ej aktuellt',
  'irrelevant',
];
const NO_ANSWER = ['no answer', 'ubesvart', 'ikke besvart', 'intet svar', 'ingen svar', '-', '.'];

const KIND = new Map<string, MissingKind>();
for (const t of DONT_KNOW) KIND.set(normalizeLabel(t), MISSING.dontKnow);
for (const t of NOT_APPLICABLE) KIND.set(normalizeLabel(t), MISSING.notApplicable);
for (const t of NO_ANSWER) KIND.set(normalizeLabel(t), MISSING.noAnswer);

/**
 * The kind of missing answer a text means ("vet ikke" → don't know, "N/A" → not applicable), or null
 * when it is an answer. Also reads coded labels such as `99 - Don't know` and `Vet ikke/ikke relevant`.
 */
export function missingKindOfText(text: string): MissingKind | null {
  const raw = text.trim();
  if (raw === '' || raw === '-' || raw === '.') return MISSING.noAnswer;
  const n = normalizeLabel(raw);
  if (n === '') return MISSING.noAnswer;
  const direct = KIND.get(n);
  if (direct !== undefined) return direct;
  const stripped = n.replace(/^\d+ /, '');
  const coded = KIND.get(stripped);
  if (coded !== undefined) return coded;
  // "Vet ikke / ikke relevant": the first part decides; a don't-know is never a zero either way.
  const parts = stripped.split('/').map((p) => p.trim());
  if (parts.length > 1)
    for (const p of parts) {
      const k = KIND.get(p);
      if (k !== undefined) return k;
    }
  return null;
}
