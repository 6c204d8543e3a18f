// Imported only by lazily loaded modules (the sharing panel, the compare view): both languages' review catalogs are
// small, so they travel together in those chunks and never in the first bundle.
import type { Locale } from '../../engine';
import { useI18n } from './i18n-context';
import { reviewEn } from './review-messages-en';
import { reviewZhCN } from './review-messages-zh-cn';
import type { ReviewMessages } from './review-types';

/** Every locale's review catalog: a locale without one fails the type check. */
const REVIEW_MESSAGES: Readonly<Record<Locale, ReviewMessages>> = { en: reviewEn, 'zh-CN': reviewZhCN };

/** The design-review catalog in the active language, with the I18n helpers. */
export function useReviewMessages(): { readonly v: ReviewMessages } & ReturnType<typeof useI18n> {
  const i18n = useI18n();
  return { ...i18n, v: REVIEW_MESSAGES[i18n.locale] };
}
