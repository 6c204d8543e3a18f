import { type Factor, SOURCES, STRATEGY_NAMES } from '../../engine';

function formatPoints(points: number): string {
  return points.toFixed(1).replace(/\.0$/, '');
}

function FactorSources({ factor }: { factor: Factor }) {
  return (
    <ul className="source-list">
      {factor.sources.map((sourceId) => {
        const source = SOURCES[sourceId];
        return (
          <li key={sourceId}>
            <q className="source-quote">{source.quote}</q>{' '}
            <a className="source-link" href={source.url} rel="noreferrer" target="_blank">
              {source.title} <span className="visually-hidden">(opens in a new tab)</span>
            </a>
          </li>
        );
      })}
    </ul>
  );
}

/** Every factor the engine weighed: what it adds, why, and the Rancher sentence it rests on. */
export function FactorList({ factors }: { factors: readonly Factor[] }) {
  const weighing = factors
    .filter((factor) => factor.favors !== 'neutral')
    .sort((a, b) => b.weight - a.weight || a.title.localeCompare(b.title));
  const neutral = factors.filter((factor) => factor.favors === 'neutral');
  return (
    <section aria-labelledby="factors-heading" className="card result-card">
      <div className="result-card-head">
        <h3 className="result-card-title" id="factors-heading">
          The reasons, with their sources
        </h3>
      </div>
      <p className="result-card-lede">Heaviest first. Each rests on a sentence from Rancher’s documentation.</p>
      <ol className="factor-list">
        {weighing.map((factor) => {
          const favors = factor.favors === 'neutral' ? 'hub-and-spoke' : factor.favors;
          return (
            <li className={`factor factor--${favors}`} key={factor.id}>
              <div className="factor-head">
                <h4 className="factor-title">{factor.title}</h4>
                <span className={`factor-points factor-points--${favors}`}>
                  +{formatPoints(factor.points[favors])} for {STRATEGY_NAMES[favors]}
                </span>
              </div>
              <p className="factor-explanation">{factor.explanation}</p>
              <FactorSources factor={factor} />
            </li>
          );
        })}
      </ol>
      {neutral.length > 0 ? (
        <details className="neutral-factors">
          <summary>
            {neutral.length} {neutral.length === 1 ? 'factor weighs' : 'factors weigh'} neither way for these answers
          </summary>
          <ul className="factor-list factor-list--neutral">
            {neutral.map((factor) => (
              <li className="factor factor--neutral" key={factor.id}>
                <h4 className="factor-title">{factor.title}</h4>
                <p className="factor-explanation">{factor.explanation}</p>
                <FactorSources factor={factor} />
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}
