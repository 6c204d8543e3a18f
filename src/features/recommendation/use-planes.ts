import { useMemo } from 'react';
import { useResultMessages } from '../../components/i18n/use-result-messages';
import { type Answers, type PlanesSource, type PlanesView, viewPlanes } from '../../engine';

/** The planes view of a recommendation, named in the reader's language: what every surface of the result reads. */
export function usePlanes(source: PlanesSource, answers: Answers): PlanesView {
  const { locale, r } = useResultMessages();
  const mainlandChinaName = r.plan.mainlandChina;
  return useMemo(
    () => viewPlanes(source, answers, { locale, mainlandChinaName }),
    [source, answers, locale, mainlandChinaName],
  );
}
