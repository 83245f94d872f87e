import type { ApiError } from '../api/errors';

type Translate = (key: string, options: { defaultValue: string } & Record<string, unknown>) => string;

/** What the interface shows for an error: what happened, the contract's message, what to do, details. */
export type ErrorText = { title: string; message: string; action: string; detail: string | null };

/**
 * An error of the API contract as the user reads it: a title and what to do (`errorHelp.<CODE>`), the
 * localized message with the error's details filled in (`errors.<CODE>`), and the backend's own
 * sentence — which names the value, file or row — when it says more than the localized message.
 */
export function errorText(t: Translate, e: ApiError): ErrorText {
  const vars = { ...(e.details ?? {}) };
  const message = t(`errors.${e.code}`, { defaultValue: e.message, ...vars });
  return {
    title: t(`errorHelp.${e.code}.title`, { defaultValue: message }),
    message,
    action: t(`errorHelp.${e.code}.action`, { defaultValue: '' }),
    detail: e.message && e.message !== message ? e.message : null,
  };
}
