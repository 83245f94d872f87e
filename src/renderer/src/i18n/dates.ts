import type { Language } from '../../../shared/domain/language';
import { localeOf } from '../../../shared/format';

/** A date (ISO string) in the language's convention: "22 Nov 2026", "22. nov. 2026". */
export function formatDate(iso: string, lang: Language): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(localeOf(lang), { day: 'numeric', month: 'short', year: 'numeric' }).format(
    d,
  );
}
