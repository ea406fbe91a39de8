// One i18next instance for the window (react-i18next's hooks use it); resources are bundled, so init is synchronous.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { zhCN } from './zh-CN';

export const LANGUAGES = ['en', 'zh-CN'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'en';

/** Each language's name in its own language (the switch shows these). */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = { en: en.languages.en, 'zh-CN': zhCN.languages.zhCN };

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

export const i18n = i18next.createInstance();
void i18n.use(initReactI18next).init({
  resources: { en: { translation: en }, 'zh-CN': { translation: zhCN } },
  lng: DEFAULT_LANGUAGE,
  fallbackLng: DEFAULT_LANGUAGE,
  initAsync: false,
  interpolation: { escapeValue: false },
  returnNull: false,
  showSupportNotice: false,
});

/** The BCP 47 locale for Intl: English uses day-month order and a 24-hour clock (en-GB), unambiguous on a ward. */
export function intlLocale(language: string = i18n.language): string {
  return language === 'zh-CN' ? 'zh-CN' : 'en-GB';
}
