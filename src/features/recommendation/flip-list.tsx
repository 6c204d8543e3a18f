import { type Flip, type FlipAnswer, STRATEGY_NAMES, type Strategy } from '../../engine';

const ANSWER_LABELS: Readonly<Record<FlipAnswer, string>> = {
  latencyToleranceMs: 'Latency tolerance',
  opsEngineers: 'Operations engineers',
  crossRegionEnvironments: 'Environments across regions',
  'priorities.singlePane': 'One interface',
  'priorities.multiClusterApps': 'One app to many regions',
  'priorities.faultIsolation': 'Fault isolation',
  'priorities.independentUpgrades': 'Region-by-region upgrades',
};

/** The current answer, where the explanation does not already say it (priority explanations do). */
function formatCurrent(flip: Flip): string | null {
  if (flip.answer === 'latencyToleranceMs') return `now ${flip.current} ms`;
  if (typeof flip.current === 'boolean') return flip.current ? 'now yes' : 'now no';
  if (flip.answer.startsWith('priorities.')) return null;
  return `now ${flip.current}`;
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
  return (
    <section aria-labelledby="flips-heading" className="card result-card">
      <div className="result-card-head">
        <h3 className="result-card-title" id="flips-heading">
          What would change it
        </h3>
      </div>
      <p className="result-card-lede">
        The nearest value of each answer, all others kept, at which {STRATEGY_NAMES[other]} would win.
      </p>
      {changing.length > 0 ? (
        <ul className="flip-list">
          {changing.map((flip) => (
            <li className="flip" key={flip.answer}>
              <span className="flip-answer">{ANSWER_LABELS[flip.answer]}</span>
              <span className="flip-explanation">{flip.explanation}</span>
              {formatCurrent(flip) ? <span className="flip-current">{formatCurrent(flip)}</span> : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="flip-robust">
          No single answer changes this recommendation: it holds across the whole range of each answer.
        </p>
      )}
      {unchanged.length > 0 && changing.length > 0 ? (
        <p className="flip-none">
          <strong>Does not change it:</strong> {unchanged.map((flip) => ANSWER_LABELS[flip.answer]).join(', ')}.
        </p>
      ) : null}
    </section>
  );
}
