import { useResultMessages } from '../../components/i18n/use-result-messages';
import { PrintableDetails } from '../../components/printable-details';
import { type Factor, type FactorId, SOURCES, type SourceId, sourceQuote, strategyName } from '../../engine';

function FactorSources({ factor }: { factor: Factor }) {
  return <SourceList sources={factor.sources} />;
}

/** The sentences a reason or a step rests on, each quoted with a link to its page. */
export function SourceList({ sources }: { sources: readonly SourceId[] }) {
  const { locale, r } = useResultMessages();
  return (
    <ul className="source-list">
      {sources.map((sourceId) => {
        const source = SOURCES[sourceId];
        return (
          <li key={sourceId}>
            <q className="source-quote">{sourceQuote(sourceId, locale)}</q>{' '}
            <a className="source-link" href={source.url} rel="noreferrer" target="_blank">
              {source.title} <span className="visually-hidden">{r.factors.opensInNewTab}</span>
            </a>
          </li>
        );
      })}
    </ul>
  );
}

/** The id of a factor's entry in the list, where the factor chart's bars lead. */
export function factorReasonId(id: FactorId): string {
  return `reason-${id}`;
}

/** Scrolls a factor's reason into view and moves focus to it (for a click on its bar, or its table row). */
export function showFactorReason(id: FactorId): void {
  const reason = document.getElementById(factorReasonId(id));
  if (!reason) return;
  const smooth = !window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
  reason.scrollIntoView?.({ behavior: smooth ? 'smooth' : 'auto', block: 'start' });
  reason.focus({ preventScroll: true });
}

/** Every factor the engine weighed: what it adds, why, and the Rancher sentence it rests on. */
export function FactorList({ factors }: { factors: readonly Factor[] }) {
  const { locale, r } = useResultMessages();
  const weighing = factors
    .filter((factor) => factor.favors !== 'neutral')
    .sort((a, b) => b.weight - a.weight || a.title.localeCompare(b.title));
  const neutral = factors.filter((factor) => factor.favors === 'neutral');
  return (
    <section aria-labelledby="factors-heading" className="card result-card">
      <div className="result-card-head">
        <h3 className="result-card-title" id="factors-heading">
          {r.factors.heading}
        </h3>
      </div>
      <p className="result-card-lede">{r.factors.lede}</p>
      <ol className="factor-list">
        {weighing.map((factor) => {
          const favors = factor.favors === 'neutral' ? 'hub-and-spoke' : factor.favors;
          return (
            <li className={`factor factor--${favors}`} id={factorReasonId(factor.id)} key={factor.id} tabIndex={-1}>
              <div className="factor-head">
                <h4 className="factor-title">{factor.title}</h4>
                <span className={`factor-points factor-points--${favors}`}>
                  {r.factors.pointsFor(factor.points[favors], strategyName(favors, locale, 'short'))}
                </span>
              </div>
              <p className="factor-explanation">{factor.explanation}</p>
              <FactorSources factor={factor} />
            </li>
          );
        })}
      </ol>
      {neutral.length > 0 ? (
        <PrintableDetails className="neutral-factors" summary={r.factors.neutralSummary(neutral.length)}>
          <ul className="factor-list factor-list--neutral">
            {neutral.map((factor) => (
              <li className="factor factor--neutral" key={factor.id}>
                <h4 className="factor-title">{factor.title}</h4>
                <p className="factor-explanation">{factor.explanation}</p>
                <FactorSources factor={factor} />
              </li>
            ))}
          </ul>
        </PrintableDetails>
      ) : null}
    </section>
  );
}
