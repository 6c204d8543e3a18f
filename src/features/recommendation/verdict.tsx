import { type Confidence, type Recommendation, STRATEGIES, STRATEGY_NAMES, type Strategy } from '../../engine';
import { StrategyIcon } from './strategy-icon';

const CONFIDENCE_LABELS: Readonly<Record<Confidence, string>> = {
  strong: 'Strong fit',
  moderate: 'Moderate fit',
  'close-call': 'Close call',
};

export interface PendingProblemNote {
  readonly place: string;
  readonly message: string;
}

export interface VerdictProps {
  recommendation: Recommendation;
  pendingProblems: readonly PendingProblemNote[];
}

function formatScore(score: number): string {
  return score.toFixed(1);
}

/** The headline: the strategy in a heading, both scores, the confidence and the one-paragraph summary. */
export function Verdict({ recommendation, pendingProblems }: VerdictProps) {
  const { strategy, scores, confidence, summary } = recommendation;
  const margin = Math.abs(scores['hub-and-spoke'] - scores.regional);
  const firstProblem = pendingProblems[0];
  return (
    <section
      aria-labelledby="verdict-heading"
      className={`card verdict verdict--${strategy}${firstProblem ? ' verdict--stale' : ''}`}
    >
      {firstProblem ? (
        <div className="notice notice--warning" role="status">
          <strong>Not updated yet.</strong> This is the result for your last valid answers. {firstProblem.place}:{' '}
          {firstProblem.message}
          {pendingProblems.length > 1 ? ` (and ${pendingProblems.length - 1} more to correct)` : ''}
        </div>
      ) : null}
      <p aria-hidden="true" className="eyebrow">
        Recommended strategy
      </p>
      <div className="verdict-head">
        <h2 className="verdict-title" id="verdict-heading" tabIndex={-1}>
          <StrategyIcon strategy={strategy} />
          <span className="visually-hidden">Recommended strategy:</span> {STRATEGY_NAMES[strategy]}
        </h2>
        <span className={`confidence confidence--${confidence}`}>
          {CONFIDENCE_LABELS[confidence]}
          <span className="confidence-margin"> · {formatScore(margin)} points apart</span>
        </span>
      </div>
      <div className="scores">
        {STRATEGIES.map((candidate: Strategy) => (
          <div className={`score score--${candidate}`} key={candidate}>
            <span className="score-name">
              {STRATEGY_NAMES[candidate]}
              {candidate === strategy ? (
                <>
                  {' '}
                  <span className="visually-hidden">(recommended)</span>
                </>
              ) : null}
            </span>
            <span aria-hidden="true" className="score-track">
              <span className="score-fill" style={{ width: `${Math.max(0, Math.min(100, scores[candidate]))}%` }} />
            </span>
            <span className="score-value">
              {formatScore(scores[candidate])}
              <span className="score-scale"> / 100</span>
            </span>
          </div>
        ))}
      </div>
      <p className="verdict-summary">{summary}</p>
    </section>
  );
}
