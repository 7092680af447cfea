import polyglotI18nProvider from 'ra-i18n-polyglot';
import englishMessages from 'ra-language-english';
import { appEnglish } from './en.ts';
import { appIndonesian } from './id.ts';
import { raIndonesian } from './ra-id.ts';

const messages = {
  id: { ...raIndonesian, ...appIndonesian },
  en: { ...englishMessages, ...appEnglish },
};

export type Locale = keyof typeof messages;

/** Bahasa Indonesia by default; English on request (the locale menu remembers the choice). */
export const i18nProvider = polyglotI18nProvider(
  (locale) => messages[locale as Locale] ?? messages.id,
  'id',
  [
    { locale: 'id', name: 'Bahasa Indonesia' },
    { locale: 'en', name: 'English' },
  ],
);
