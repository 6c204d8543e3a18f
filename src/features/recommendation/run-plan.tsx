import { useResultMessages } from '../../components/i18n/use-result-messages';
import { type Recommendation, strategyName } from '../../engine';
import { SourceList } from './factor-list';

/** How to run the recommended strategy for these answers: the engine's plan, each step with its sources. */
export function RunPlan({ recommendation }: { recommendation: Recommendation }) {
  const { locale, r } = useResultMessages();
  if (recommendation.plan.length === 0) return null;
  return (
    <section aria-labelledby="run-plan-heading" className="card result-card">
      <div className="result-card-head">
        <h3 className="result-card-title" id="run-plan-heading">
          {r.runPlan.heading(strategyName(recommendation.strategy, locale))}
        </h3>
      </div>
      <p className="result-card-lede">{r.runPlan.lede}</p>
      <ol className="run-plan">
        {recommendation.plan.map((item) => (
          <li className="run-plan-step" key={`${item.id}-${item.text}`}>
            <p className="run-plan-text">{item.text}</p>
            <details className="run-plan-sources">
              <summary>{r.runPlan.sources(item.sources.length)}</summary>
              <SourceList sources={item.sources} />
            </details>
          </li>
        ))}
      </ol>
    </section>
  );
}
