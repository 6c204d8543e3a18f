// Imported only by lazily loaded modules (the sharing panel, the compare view), so their catalog stays out of the
// first bundle.
import { type I18n, useCatalogPart, useI18n } from './i18n-context';
import { reviewEn } from './review-messages-en';
import type { ReviewMessages } from './review-types';

/** The design-review catalog in the active language, with the I18n helpers. */
export function useReviewMessages(): { readonly v: ReviewMessages } & I18n {
  return { ...useI18n(), v: useCatalogPart('review', reviewEn) };
}
