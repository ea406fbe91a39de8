// Typed keys: t('header.mrn') is checked against i18n/en/ at compile time (values typed as plain strings,
// so interpolation accepts numbers as well as strings).
import 'i18next';
import type { Translation } from './types';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Translation };
  }
}
