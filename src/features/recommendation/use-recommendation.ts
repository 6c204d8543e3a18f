import { useMemo } from 'react';
import {
  type Answers,
  type CoreRecommendation,
  type Locale,
  type Recommendation,
  recommend,
  recommendCore,
} from '../../engine';

type Worked<T> = WeakMap<Answers, Map<Locale, T>>;

/**
 * Recommendations already worked out, by answers object and language. The verdict, the charts and the map each
 * ask for the same answers object's recommendation; the first scores it, the others get that result. Entries go
 * when their answers object is no longer held.
 */
const worked: Worked<Recommendation> = new WeakMap();
/** The same for recommendations without their what-ifs, worked out for the verdict and the charts. */
const workedCores: Worked<CoreRecommendation> = new WeakMap();

function cached<T>(cache: Worked<T>, answers: Answers, locale: Locale): T | undefined {
  return cache.get(answers)?.get(locale);
}

function remember<T>(cache: Worked<T>, answers: Answers, locale: Locale, value: T): T {
  let byLocale = cache.get(answers);
  if (!byLocale) {
    byLocale = new Map();
    cache.set(answers, byLocale);
  }
  byLocale.set(locale, value);
  return value;
}

/** The recommendation for `answers` in `locale`, computed once per answers object however many parts show it. */
export function useRecommendation(answers: Answers, locale: Locale): Recommendation {
  return useMemo(
    () => cached(worked, answers, locale) ?? remember(worked, answers, locale, recommend(answers, { locale })),
    [answers, locale],
  );
}

/**
 * The recommendation without its what-ifs, for what must follow a keystroke in the next frame (the verdict and
 * the charts): half the work of `useRecommendation` or less, which the what-ifs and the map ask for after that
 * frame. The whole recommendation, when already worked out, serves as it is.
 */
export function useCoreRecommendation(answers: Answers, locale: Locale): CoreRecommendation {
  return useMemo(
    () =>
      cached(worked, answers, locale) ??
      cached(workedCores, answers, locale) ??
      remember(workedCores, answers, locale, recommendCore(answers, { locale })),
    [answers, locale],
  );
}
