import type { ResultMessages } from '../../components/i18n';
import { useResultMessages } from '../../components/i18n/use-result-messages';
import { wordGap } from '../../components/i18n/word-gap';
import { type Flip, type Strategy, strategyName } from '../../engine';

/** The current answer, where the explanation does not already say it (priority explanations do). */
function formatCurrent(flip: Flip, m: ResultMessages['flips']): string | null {
  if (flip.answer === 'latencyToleranceMs' && typeof flip.current === 'number') return m.nowMs(flip.current);
  if (typeof flip.current === 'boolean') return m.nowYesNo(flip.current);
  if (flip.answer.startsWith('priorities.')) return null;
  return m.now(flip.current);
}

export interface FlipListProps {
  flips: readonly Flip[];
  strategy: Strategy;
}

/** What would change the recommendation: the nearest answer, one at a time, that makes the other strategy win. */
export function FlipList({ flips, strategy }: FlipListProps) {
  const other: Strategy = strategy === 'regional' ? 'hub-and-spoke' : 'regional';
  const changing = flips.filter((flip) => flip.value !== null);
  const unchanged = flips.filter((flip) => flip.value === null);
  const { locale, r } = useResultMessages();
  const m = r.flips;
  const unchangedWords = m.unchangedList(unchanged.map((flip) => m.answers[flip.answer]));
  return (
    <section aria-labelledby="flips-heading" className="card result-card">
      <div className="result-card-head">
        <h3 className="result-card-title" id="flips-heading">
          {m.heading}
        </h3>
      </div>
      <p className="result-card-lede">{m.lede(strategyName(other, locale, 'short'))}</p>
      {changing.length > 0 ? (
        <ul className="flip-list">
          {changing.map((flip) => (
            <li className="flip" key={flip.answer}>
              <span className="flip-answer">{m.answers[flip.answer]}</span>
              <span className="flip-explanation">{flip.explanation}</span>
              {formatCurrent(flip, m) ? <span className="flip-current">{formatCurrent(flip, m)}</span> : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="flip-robust">{m.robust}</p>
      )}
      {unchanged.length > 0 && changing.length > 0 ? (
        <p className="flip-none">
          <strong>{m.doesNotChange}</strong>
          {wordGap(locale, m.doesNotChange, unchangedWords)}
          {unchangedWords}
        </p>
      ) : null}
    </section>
  );
}
