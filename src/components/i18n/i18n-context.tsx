import {
  createContext,
  type ReactNode,
  use,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import type { Locale } from '../../engine';
import { type CatalogPart, type CatalogParts, catalogCache, loadCatalog } from './catalog';
import { detectLocale, LOCALE_STORAGE_KEY } from './detect-locale';
import { en } from './messages-en';
import type { UiMessages } from './types';

/** The subset of Web Storage the language choice needs. */
export type LocaleStorage = Pick<Storage, 'getItem' | 'setItem'>;

function browserLocaleStorage(): LocaleStorage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

function readStoredLocale(storage: LocaleStorage | undefined): string | null {
  try {
    return storage?.getItem(LOCALE_STORAGE_KEY) ?? null;
  } catch {
    return null;
  }
}

/** The language the page should open in: the remembered choice, else the browser's languages. */
export function detectBrowserLocale(storage: LocaleStorage | undefined = browserLocaleStorage()): Locale {
  const languages = typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]);
  return detectLocale(languages, readStoredLocale(storage));
}

export interface I18n {
  readonly locale: Locale;
  /** The first screen's catalog in the active language. */
  readonly t: UiMessages;
  /** Switches the language (its catalogs load first, the page stays as it is meanwhile) and remembers the choice. */
  readonly setLocale: (locale: Locale) => void;
}

interface LocaleContextValue {
  readonly locale: Locale;
  readonly setLocale: (locale: Locale) => void;
}

/** Without a provider (component tests, a crash before it mounts) the UI is English and cannot switch. */
const LocaleContext = createContext<LocaleContextValue>({ locale: 'en', setLocale: () => {} });

export interface I18nProviderProps {
  readonly children: ReactNode;
  /** The language to start in, its catalogs fetched already (main.tsx), so a Chinese reader never sees English. */
  readonly initialLocale?: Locale;
  /** Where the choice is remembered; the browser's localStorage unless given. */
  readonly storage?: LocaleStorage | undefined;
}

/**
 * Holds the active language. Without `initialLocale` it detects the language itself and shows English until another
 * language's catalogs have arrived. A switch waits for the new language's catalogs, so the page never shows a
 * placeholder meanwhile; only the last switch asked for is made. Keeps `<html lang>` and the title in step.
 */
export function I18nProvider({ children, initialLocale, storage: givenStorage }: I18nProviderProps) {
  const storage = useMemo(() => givenStorage ?? browserLocaleStorage(), [givenStorage]);
  const [locale, setActiveLocale] = useState<Locale>(initialLocale ?? 'en');
  const latest = useRef(0);
  const switchTo = useCallback((next: Locale) => {
    const request = ++latest.current;
    void loadCatalog(next).then(() => {
      if (request === latest.current) setActiveLocale(next);
    });
  }, []);

  useEffect(() => {
    if (initialLocale) return;
    const detected = detectBrowserLocale(storage);
    if (detected !== 'en') switchTo(detected);
  }, [initialLocale, storage, switchTo]);

  const setLocale = useCallback(
    (next: Locale) => {
      try {
        storage?.setItem(LOCALE_STORAGE_KEY, next);
      } catch {
        // Private browsing: the choice holds for this visit only.
      }
      switchTo(next);
    },
    [storage, switchTo],
  );

  const value = useMemo<LocaleContextValue>(() => ({ locale, setLocale }), [locale, setLocale]);
  return (
    <LocaleContext value={value}>
      <DocumentLanguage />
      {children}
    </LocaleContext>
  );
}

/** `<html lang>` and the page's title follow the active language. */
function DocumentLanguage() {
  const { locale, t } = useI18n();
  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = t.app.documentTitle;
  }, [locale, t]);
  return null;
}

/**
 * One part of the active language's catalog: `english` as it is, another language's part as fetched by `loadCatalog`
 * (which the provider awaits before it switches; a part not fetched yet would suspend the component until it is).
 */
export function useCatalogPart<P extends CatalogPart>(part: P, english: CatalogParts[P]): CatalogParts[P] {
  const { locale } = useContext(LocaleContext);
  return locale === 'en' ? english : use(catalogCache.get(locale, part));
}

/** The active language, the first screen's catalog and a way to switch. */
export function useI18n(): I18n {
  const { locale, setLocale } = useContext(LocaleContext);
  return { locale, setLocale, t: useCatalogPart('ui', en) };
}
