/**
 * Personal data in a quoted comment, masked before it is shown or exported: e-mail addresses, phone
 * numbers and account or card numbers (long digit runs) become a bracketed placeholder. The hits give
 * the kind and the span in the original text, for tests and for a count on screen.
 */
export type MaskHit = { kind: 'email' | 'phone' | 'name' | 'account'; start: number; end: number };

const PATTERNS: { kind: MaskHit['kind']; re: RegExp; mask: string }[] = [
  { kind: 'email', re: /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu, mask: '[e-mail]' },
  // IBAN-like account numbers, or 11+ digits possibly grouped by spaces, dots or dashes.
  {
    kind: 'account',
    re: /\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}\b|\b\d{4}[ .-]?\d{2}[ .-]?\d{5}\b/g,
    mask: '[account]',
  },
  // Phone numbers: an optional +country code, then 8+ digits in groups (Nordic and international).
  { kind: 'phone', re: /(?:\+|00)?\d[\d ().-]{6,}\d/g, mask: '[phone]' },
];

/** "2025-2026", "2019 – 2024": years, not a phone number. */
const YEARS = /^(?:19|20)\d{2}\s*[-–.]\s*(?:19|20)\d{2}$/;

function digits(s: string): number {
  return s.replace(/\D/g, '').length;
}

export function maskPersonalData(text: string): { text: string; hits: MaskHit[] } {
  const hits: MaskHit[] = [];
  const taken = (s: number, e: number) => hits.some((h) => s < h.end && e > h.start);
  const masks = new Map<number, string>();
  for (const { kind, re, mask } of PATTERNS) {
    for (const m of text.matchAll(re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken(start, end)) continue;
      if (kind === 'phone' && (digits(m[0]) < 8 || digits(m[0]) > 15 || YEARS.test(m[0]))) continue;
      hits.push({ kind, start, end });
      masks.set(start, mask);
    }
  }
  hits.sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const h of hits) {
    out += text.slice(at, h.start) + masks.get(h.start)!;
    at = h.end;
  }
  return { text: out + text.slice(at), hits };
}
