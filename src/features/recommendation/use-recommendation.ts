import { useMemo } from 'react';
import { type Answers, type Locale, type Recommendation, recommend } from '../../engine';

/**
 * Recommendations already worked out, by answers object and language. The verdict, the charts and the map each
 * ask for the same answers object's recommendation; the first scores it, the others get that result. Entries go
 * when their answers object is no longer held.
 */
const worked = new WeakMap<Answers, Map<Locale, Recommendation>>();

/** The recommendation for `answers` in `locale`, computed once per answers object however many parts show it. */
export function useRecommendation(answers: Answers, locale: Locale): Recommendation {
  return useMemo(() => {
    let byLocale = worked.get(answers);
    if (!byLocale) {
      byLocale = new Map();
      worked.set(answers, byLocale);
    }
    let recommendation = byLocale.get(locale);
    if (!recommendation) {
      recommendation = recommend(answers, { locale });
      byLocale.set(locale, recommendation);
    }
    return recommendation;
  }, [answers, locale]);
}
