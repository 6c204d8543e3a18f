/** The languages the engine writes its sentences in: BCP 47 tags, as `Intl` and `<html lang>` take them. */
export type Locale = 'en' | 'zh-CN';
export const LOCALES: readonly Locale[] = ['en', 'zh-CN'];
/** English: the command line, the JSON contract and every caller that names no locale get today's text. */
export const DEFAULT_LOCALE: Locale = 'en';

/** Narrows an untrusted value (a URL parameter, a saved preference) to a supported locale. */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}
