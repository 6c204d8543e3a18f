import { type RefObject, useEffect, useState } from 'react';
import { useResultMessages } from '../../components/i18n/use-result-messages';
import { type Recommendation, strategyName } from '../../engine';
import { StrategyIcon } from './strategy-icon';

/**
 * Where the element is against the viewport: on screen, or scrolled past above, or still to come below. "visible"
 * where IntersectionObserver is missing (the bar then stays hidden).
 */
export function useViewportPlace(ref: RefObject<HTMLElement | null>): 'visible' | 'above' | 'below' {
  const [place, setPlace] = useState<'visible' | 'above' | 'below'>('visible');
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver((entries) => {
      const entry = entries[0];
      if (!entry) return;
      const below = entry.boundingClientRect.top > 0;
      setPlace(entry.isIntersecting ? 'visible' : below ? 'below' : 'above');
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return place;
}

/**
 * On narrow screens, the verdict follows the questionnaire in a bar at the bottom, with a link to the result; it
 * leaves once the result is reached.
 */
export function VerdictBar({
  recommendation,
  pending,
  hidden,
}: {
  recommendation: Recommendation;
  pending: boolean;
  hidden: boolean;
}) {
  const { strategy, scores } = recommendation;
  const { locale, r } = useResultMessages();
  const m = r.verdict;
  return (
    <div className={`verdict-bar verdict-bar--${strategy}`} data-hidden={hidden || undefined}>
      <StrategyIcon strategy={strategy} />
      <span className="verdict-bar-text">
        <span className="verdict-bar-label">{pending ? m.barNotUpdated : m.barRecommended}</span>
        <strong>{strategyName(strategy, locale, 'short')}</strong>{' '}
        <span className="verdict-bar-scores">
          {m.barScores(scores[strategy], scores[strategy === 'regional' ? 'hub-and-spoke' : 'regional'])}
        </span>
      </span>
      <button
        className="verdict-bar-link"
        type="button"
        onClick={() => {
          const heading = document.getElementById('verdict-heading');
          if (!heading) return;
          heading.scrollIntoView({ behavior: 'smooth', block: 'start' });
          heading.focus({ preventScroll: true });
        }}
      >
        {m.seeWhy}
      </button>
    </div>
  );
}
