export { type CatalogPart, catalogCache, loadCatalog } from './catalog';
export { detectLocale, LOCALE_STORAGE_KEY } from './detect-locale';
export {
  detectBrowserLocale,
  type I18n,
  I18nProvider,
  type I18nProviderProps,
  type LocaleStorage,
  useI18n,
} from './i18n-context';
export { LanguageSwitcher } from './language-switcher';
export type { ResultMessages } from './result-types';
export type { ConstraintsMessages, UiMessages } from './types';
