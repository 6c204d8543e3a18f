import { useResultMessages } from '../../components/i18n/use-result-messages';
import { wordGap } from '../../components/i18n/word-gap';
import { confidenceLabel, type Recommendation, STRATEGIES, type Strategy, strategyName } from '../../engine';
import { StrategyIcon } from './strategy-icon';

export interface PendingProblemNote {
  readonly place: string;
  readonly message: string;
}

export interface VerdictProps {
  recommendation: Recommendation;
  pendingProblems: readonly PendingProblemNote[];
}

/** The headline: the strategy in a heading, both scores, the confidence and the one-paragraph summary. */
export function Verdict({ recommendation, pendingProblems }: VerdictProps) {
  const { strategy, scores, confidence, summary } = recommendation;
  const margin = Math.abs(scores['hub-and-spoke'] - scores.regional);
  const firstProblem = pendingProblems[0];
  const { locale, r } = useResultMessages();
  const m = r.verdict;
  return (
    <section
      aria-labelledby="verdict-heading"
      className={`card verdict verdict--${strategy}${firstProblem ? ' verdict--stale' : ''}`}
    >
      {firstProblem ? (
        <div className="notice notice--warning" role="status">
          <strong>{m.notUpdatedYet}</strong> {m.lastValid} {m.problemAt(firstProblem.place, firstProblem.message)}
          {pendingProblems.length > 1 ? m.moreToCorrect(pendingProblems.length - 1) : ''}
        </div>
      ) : null}
      <p aria-hidden="true" className="eyebrow">
        {m.eyebrow}
      </p>
      <div className="verdict-head">
        <h2 className="verdict-title" id="verdict-heading" tabIndex={-1}>
          <StrategyIcon strategy={strategy} />
          <span className="visually-hidden">{m.headingPrefix}</span>
          {wordGap(locale, m.headingPrefix, strategyName(strategy, locale))}
          {strategyName(strategy, locale)}
        </h2>
        <span className={`confidence confidence--${confidence}`}>
          {confidenceLabel(confidence, locale)}
          <span className="confidence-margin"> · {m.pointsApart(margin)}</span>
        </span>
      </div>
      <div className="scores">
        {STRATEGIES.map((candidate: Strategy) => (
          <div className={`score score--${candidate}`} key={candidate}>
            <span className="score-name">
              {strategyName(candidate, locale, 'short')}
              {candidate === strategy ? (
                <>
                  {wordGap(locale, strategyName(candidate, locale, 'short'), m.recommendedMark)}
                  <span className="visually-hidden">{m.recommendedMark}</span>
                </>
              ) : null}
            </span>
            <span aria-hidden="true" className="score-track">
              <span className="score-fill" style={{ width: `${Math.max(0, Math.min(100, scores[candidate]))}%` }} />
            </span>
            <span className="score-value">
              {m.score(scores[candidate])}
              <span className="score-scale">{m.scale}</span>
            </span>
          </div>
        ))}
      </div>
      <p className="verdict-summary">{summary}</p>
    </section>
  );
}
