import type { Strategy } from '../../engine';
import { type ScoredVersion, toScoreChartRows } from './score-chart-data';

/**
 * Both strategies' scores for each version, as bars in HTML (the recommended one marked): a few bars out of 100
 * read at a glance without a charting library, and the table below says the same.
 */
export function ScoreChart({
  versions,
  caption,
  bar,
}: {
  versions: readonly ScoredVersion[];
  caption: string;
  bar: (strategy: Strategy, score: number, recommended: boolean) => string;
}) {
  return (
    <figure className="compare-chart">
      <figcaption className="card-lede">{caption}</figcaption>
      <ul className="compare-chart-rows">
        {toScoreChartRows(versions).map((row) => (
          <li className="compare-chart-row" key={row.position}>
            <span className="compare-chart-label">{row.label}</span>
            <ul className="compare-chart-bars">
              {row.bars.map((item) => (
                <li className={`compare-bar compare-bar--${item.strategy}`} key={item.strategy}>
                  <span className="compare-bar-track" aria-hidden="true">
                    <span
                      className={`compare-bar-fill${item.recommended ? ' is-recommended' : ''}`}
                      style={{ width: `${item.widthPercent}%` }}
                    />
                  </span>
                  <span className="compare-bar-text">{bar(item.strategy, item.score, item.recommended)}</span>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </figure>
  );
}
