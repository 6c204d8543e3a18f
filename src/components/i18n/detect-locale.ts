import { DEFAULT_LOCALE, isLocale, type Locale } from '../../engine';

/** Where the person's language choice is remembered. */
export const LOCALE_STORAGE_KEY = 'rancher-strategy-advisor.locale';

/**
 * The language to show: a choice the person made wins; otherwise the first of the browser's languages the app
 * speaks (any Chinese reads Simplified Chinese); English when none is. Pure, so it is tested without a browser.
 */
export function detectLocale(languages: readonly string[], stored: string | null): Locale {
  if (isLocale(stored)) return stored;
  for (const language of languages) {
    const primary = language.toLowerCase().split('-')[0];
    if (primary === 'zh') return 'zh-CN';
    if (primary === 'en') return 'en';
  }
  return DEFAULT_LOCALE;
}
