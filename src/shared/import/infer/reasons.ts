import { infer as enInfer } from '../../i18n/locales/en/infer';
import type { CatalogTranslate } from '../../i18n/placeholders';
import { sectionTranslate } from '../../i18n/placeholders';

/** Every reason the import gives for what it inferred; the UI translates them (`infer.reason.<code>`). */
export type ReasonCode = keyof typeof enInfer.infer.reason;

/** One reason as a stable code and the words, numbers or codes it quotes. */
export type InferenceReason = { code: ReasonCode; params?: Record<string, string | number> };

export const reason = (code: ReasonCode, params?: Record<string, string | number>): InferenceReason =>
  params ? { code, params } : { code };

/** Turns a reason into text: `tr` is i18next's `t` in the UI, the English catalog in the CLI. */
export type ReasonTranslate = CatalogTranslate;

const englishTr = sectionTranslate('infer.reason.', enInfer.infer.reason);

export const reasonText = (r: InferenceReason, tr: ReasonTranslate = englishTr): string =>
  tr(`infer.reason.${r.code}`, r.params);

const isMissingCode = (r: InferenceReason) => r.code === 'dontKnowCode' || r.code === 'notApplicableCode';

/** Missing codes as one list: `99 = don't know, "Vet ikke" = don't know`, or null for none. */
export function missingText(
  codes: readonly InferenceReason[],
  tr: ReasonTranslate = englishTr,
): string | null {
  return codes.length ? codes.map((c) => reasonText(c, tr)).join(', ') : null;
}

/**
 * Reasons joined with "; ", consecutive missing codes gathered under one "missing codes: …". English
 * (the CLI's summary) unless given the UI's translate function.
 */
export function reasonsText(reasons: readonly InferenceReason[], tr: ReasonTranslate = englishTr): string {
  const parts: string[] = [];
  for (let i = 0; i < reasons.length; i++) {
    const r = reasons[i]!;
    if (!isMissingCode(r)) {
      parts.push(reasonText(r, tr));
      continue;
    }
    const codes: InferenceReason[] = [];
    while (i < reasons.length && isMissingCode(reasons[i]!)) codes.push(reasons[i++]!);
    i--;
    parts.push(reasonText(reason('missingCodes', { codes: missingText(codes, tr)! }), tr));
  }
  return parts.join('; ');
}
