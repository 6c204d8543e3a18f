import type { ReviewMessages } from '../../components/i18n/review-types';
import { type Answers, type Locale, messagesFor, type Recommendation, viewPlanes } from '../../engine';

/**
 * A version's planes under the strategy it recommends, each named with what it serves ("Frankfurt (for European
 * Union); N. Virginia (for the rest)"), from the same planes view as the result.
 */
export function describeVersionPlanes(
  recommendation: Recommendation,
  answers: Answers,
  locale: Locale,
  m: ReviewMessages['compare'],
): string {
  const mainlandChinaName = messagesFor(locale).factors['hard-constraints'].mainlandChina;
  const { planes } = viewPlanes(recommendation, answers, { locale, mainlandChinaName })[recommendation.strategy];
  return m.planeList(
    planes.map((plane) => {
      const serves = plane.area ?? plane.jurisdiction;
      if (plane.reason === 'air-gap') return m.planeInAirGap(plane.place);
      if (serves) return m.planeServing(plane.place, serves);
      if (plane.reason === 'rest') return m.planeForTheRest(plane.place);
      return plane.place;
    }),
  );
}
