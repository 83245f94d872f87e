import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LANGUAGES } from '../../../shared/domain/language';
import type { Language } from '../../../shared/domain/language';
import { catalogs } from '../../../shared/i18n/locales/index';

export const LANG_KEY = 'touchpoint-lang';

function isLanguage(x: string | null | undefined): x is Language {
  return (LANGUAGES as readonly string[]).includes(x ?? '');
}

/** The remembered language, else the system's if we have it, else English. */
function initialLanguage(): Language {
  const saved = localStorage.getItem(LANG_KEY);
  if (isLanguage(saved)) return saved;
  const sys = navigator.language.slice(0, 2).toLowerCase();
  if (sys === 'no' || sys === 'nn') return 'nb';
  return isLanguage(sys) ? sys : 'en';
}

export function setupI18n(): typeof i18next {
  void i18next.use(initReactI18next).init({
    resources: {
      en: { translation: catalogs.en },
      nb: { translation: catalogs.nb },
      da: { translation: catalogs.da },
    },
    lng: initialLanguage(),
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  document.documentElement.lang = i18next.language;
  return i18next;
}

export function changeLanguage(lang: string): void {
  if (!isLanguage(lang)) return;
  localStorage.setItem(LANG_KEY, lang);
  document.documentElement.lang = lang;
  void i18next.changeLanguage(lang);
}

export function asLanguage(lang: string | undefined): Language {
  return isLanguage(lang) ? lang : 'en';
}
