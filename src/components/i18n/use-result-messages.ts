// Imported only by the result's lazily loaded modules, so the English result catalog stays out of the first bundle.
import { type I18n, useCatalogPart, useI18n } from './i18n-context';
import { resultEn } from './result-messages-en';
import type { ResultMessages } from './result-types';

/** The result's catalog in the active language, with the I18n helpers. */
export function useResultMessages(): { readonly r: ResultMessages } & I18n {
  return { ...useI18n(), r: useCatalogPart('result', resultEn) };
}
