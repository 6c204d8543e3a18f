import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react';
import type { Locale } from '../../engine';
import { detectLocale, LOCALE_STORAGE_KEY } from './detect-locale';
import { en } from './messages-en';
import type { ResultMessages, UiMessages } from './types';

/** One language's catalogs. `result` is null for English, whose result catalog arrives with the result's chunk. */
export interface Catalog {
  readonly messages: UiMessages;
  readonly result: ResultMessages | null;
}

export const ENGLISH_CATALOG: Catalog = { messages: en, result: null };

/** A locale's catalogs: English at once, others fetched on demand (never in the first bundle). */
export async function loadCatalog(locale: Locale): Promise<Catalog> {
  if (locale === 'en') return ENGLISH_CATALOG;
  const [{ zhCN }, { resultZhCN }] = await Promise.all([import('./messages-zh-cn'), import('./result-messages-zh-cn')]);
  return { messages: zhCN, result: resultZhCN };
}

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
  /** The first-load catalog of the active language. */
  readonly t: UiMessages;
  /** Switches the language (loading its catalog first) and remembers the choice. */
  readonly setLocale: (locale: Locale) => void;
}

interface I18nContextValue extends I18n {
  readonly result: ResultMessages | null;
}

/** Without a provider (component tests, a crash before it mounts) the UI is English and cannot switch. */
const ENGLISH: I18nContextValue = {
  locale: 'en',
  t: en,
  result: null,
  setLocale: () => {},
};

const I18nContext = createContext<I18nContextValue>(ENGLISH);

export interface I18nProviderProps {
  readonly children: ReactNode;
  /** Catalogs loaded before the first render (main.tsx), so a Chinese reader never sees English flash by. */
  readonly initialCatalog?: Catalog;
  /** Where the choice is remembered; the browser's localStorage unless given. */
  readonly storage?: LocaleStorage | undefined;
}

/**
 * Holds the active language. Without `initialCatalog` it detects the language itself and, for Chinese, shows
 * the page once the catalog has arrived (English until then). Keeps `<html lang>` and the title in step.
 */
export function I18nProvider({ children, initialCatalog, storage: givenStorage }: I18nProviderProps) {
  const storage = useMemo(() => givenStorage ?? browserLocaleStorage(), [givenStorage]);
  const [catalog, setCatalog] = useState<Catalog>(initialCatalog ?? ENGLISH_CATALOG);
  const latest = useRef(0);

  const switchTo = useCallback((locale: Locale) => {
    const request = ++latest.current;
    void loadCatalog(locale).then((loaded) => {
      if (request === latest.current) setCatalog(loaded);
    });
  }, []);

  useEffect(() => {
    if (initialCatalog) return;
    const detected = detectBrowserLocale(storage);
    if (detected !== 'en') switchTo(detected);
  }, [initialCatalog, storage, switchTo]);

  const locale = catalog.messages.locale;
  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = catalog.messages.app.documentTitle;
  }, [locale, catalog]);

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

  const value = useMemo<I18nContextValue>(
    () => ({ locale, t: catalog.messages, result: catalog.result, setLocale }),
    [locale, catalog, setLocale],
  );
  return <I18nContext value={value}>{children}</I18nContext>;
}

/** The active language, its first-load catalog, a way to switch and a number formatter. */
export function useI18n(): I18n {
  return useContext(I18nContext);
}

/** For use-result-messages.ts: the result catalog of the active language, or null for English. */
export function useLoadedResultMessages(): ResultMessages | null {
  return useContext(I18nContext).result;
}
