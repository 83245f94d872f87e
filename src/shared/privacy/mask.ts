/**
 * Masks personal data in a comment before it is shown or exported: e-mail addresses, phone numbers
 * and long account or policy numbers.
 */
export type MaskHit = { kind: 'email' | 'phone' | 'name' | 'account'; start: number; end: number };

const PATTERNS: { kind: MaskHit['kind']; re: RegExp; mask: string }[] = [
  { kind: 'email', re: /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu, mask: '[e-mail]' },
  { kind: 'account', re: /\b\d{4}[ .]\d{2}[ .]\d{5}\b|\b\d{9,}\b/g, mask: '[number]' },
  {
    kind: 'phone',
    re: /(?:\+\d{1,3}[ -]?)?\b\d{2}(?:[ -]?\d{2}){3}\b|(?:\+\d{1,3}[ -]?)?\b\d{3}[ -]?\d{2}[ -]?\d{3}\b/g,
    mask: '[phone]',
  },
];

export function maskPersonalData(text: string): { text: string; hits: MaskHit[] } {
  let out = text;
  const hits: MaskHit[] = [];
  for (const p of PATTERNS) {
    out = out.replace(p.re, (m, offset: number) => {
      hits.push({ kind: p.kind, start: offset, end: offset + m.length });
      return p.mask;
    });
  }
  return { text: out, hits };
}
