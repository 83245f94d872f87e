import { questionCodeSchema } from '../domain/questionnaire';

/** Whether a header cell looks like a field id a program wrote (`Q2_1`, `nps`, `Q2[SQ001]`), not prose. */
export function isCodeLike(s: string): boolean {
  const t = s.trim();
  return t.length > 0 && t.length <= 64 && /^[A-Za-z][A-Za-z0-9_.#[\]-]*$/.test(t);
}

/** A valid question code made from a field id or header text (LimeSurvey `Q2[SQ001]` → `Q2_SQ001`). */
export function suggestCode(s: string, fallback: string): string {
  let c = s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/æ/gi, 'ae')
    .replace(/ø/gi, 'o')
    .replace(/[^A-Za-z0-9_.-]+/g, '_')
    .replace(/_+/g, '_')
    .replace(/^[_.-]+|[_.-]+$/g, '');
  if (!/^[A-Za-z]/.test(c)) c = c ? `Q${c}` : fallback;
  c = c.slice(0, 40).replace(/[_.-]+$/, '');
  return questionCodeSchema.safeParse(c).success ? c : fallback;
}

/** Makes `code` unique against `taken` (case-insensitive, as the study's question table is). */
export function uniqueCode(code: string, taken: Set<string>): string {
  let c = code;
  for (let i = 2; taken.has(c.toLowerCase()); i++) c = `${code}_${i}`;
  taken.add(c.toLowerCase());
  return c;
}
