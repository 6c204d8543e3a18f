// Imported only by the result's lazily loaded modules, so the English result catalog stays out of the first bundle.
import { useI18n, useLoadedResultMessages } from './i18n-context';
import { resultEn } from './result-messages-en';
import type { ResultMessages } from './types';

/** The result's catalog in the active language, with the I18n helpers. */
export function useResultMessages(): { readonly r: ResultMessages } & ReturnType<typeof useI18n> {
  const i18n = useI18n();
  return { ...i18n, r: useLoadedResultMessages() ?? resultEn };
}
