import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/domain/language';
import { asLanguage } from '../i18n/setup';

/** The UI language, as the shared formatting functions want it. */
export function useLang(): Language {
  const { i18n } = useTranslation();
  return asLanguage(i18n.resolvedLanguage ?? i18n.language);
}
