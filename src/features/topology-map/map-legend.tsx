import { useId } from 'react';
import type { ResultMessages } from '../../components/i18n';
import { wordGap } from '../../components/i18n/word-gap';
import { STRATEGIES, strategyName } from '../../engine';
import { type MapModel, type MapView, NEAR_TOLERANCE_SHARE } from './map-data';

/** Group colours repeat after this many (the Okabe-Ito palette without black and yellow, see the CSS). */
export const GROUP_COLOURS = 6;
/** Groups listed by name in the legend; more would push the map off a phone screen. */
const LEGEND_MAX_GROUPS = 6;

export function groupClass(index: number): string {
  return `tmap-group-${((index % GROUP_COLOURS) + GROUP_COLOURS) % GROUP_COLOURS}`;
}

export function Legend({ model, view, r }: { model: MapModel; view: MapView; r: ResultMessages }) {
  const m = r.map;
  const tolerance = model.toleranceMs;
  const nearFrom = Math.round(tolerance * NEAR_TOLERANCE_SHARE);
  const ratingItems = [
    { rating: 'ok', text: m.legendUpTo(nearFrom, m.ratings.ok) },
    { rating: 'near', text: m.legendNear(nearFrom, tolerance, m.ratings.near) },
    { rating: 'over', text: m.legendOver(tolerance, m.ratings.over) },
  ] as const;
  const listed = model.groups.slice(0, LEGEND_MAX_GROUPS);
  return (
    <ul aria-label={m.legend} className="tmap-legend">
      <li className="tmap-legend-item">
        <svg aria-hidden="true" className="tmap-legend-icon" height="18" viewBox="-9 -9 18 18" width="18">
          <circle className={view === 'hub-and-spoke' ? 'tmap-legend-hub' : 'tmap-legend-plane'} r="4" />
          <circle className="tmap-ring" r="7.5" />
        </svg>
        {view === 'hub-and-spoke' ? m.legendHub(model.hubs.length) : m.legendPlane}
      </li>
      {view === 'hub-and-spoke' && model.hubs.length > 1
        ? model.hubs.map((hub) => (
            <li className="tmap-legend-item tmap-legend-item--hub" key={hub.planeRegionId}>
              <svg aria-hidden="true" className="tmap-legend-icon" height="18" viewBox="-9 -9 18 18" width="18">
                <circle className="tmap-legend-hub" r="4" />
              </svg>
              {hub.description}
            </li>
          ))
        : null}
      {view === 'hub-and-spoke'
        ? ratingItems.map((item) => (
            <li className={`tmap-legend-item tmap-rating-${item.rating}`} key={item.rating}>
              <svg
                aria-hidden="true"
                className="tmap-legend-icon tmap-legend-line"
                height="18"
                viewBox="0 0 28 18"
                width="28"
              >
                <line className="tmap-spoke" x1="1" x2="27" y1="9" y2="9" />
              </svg>
              {item.text}
            </li>
          ))
        : listed.map((group) => (
            <li className={`tmap-legend-item ${groupClass(group.index)}`} key={group.planeRegionId}>
              <svg aria-hidden="true" className="tmap-legend-icon" height="18" viewBox="-9 -9 18 18" width="18">
                <circle className="tmap-legend-dot" r="6" />
              </svg>
              {m.legendGroup(group.index + 1, group.planeName, group.regionIds.length)}
            </li>
          ))}
      {view === 'regional' && model.groups.length > listed.length ? (
        <li className="tmap-legend-item">{m.legendMoreGroups(model.groups.length - listed.length)}</li>
      ) : null}
      <li className="tmap-legend-item">
        <svg aria-hidden="true" className="tmap-legend-icon" height="18" viewBox="0 0 30 18" width="30">
          <circle className="tmap-legend-size" cx="5" cy="9" r="3" />
          <circle className="tmap-legend-size" cx="20" cy="9" r="7" />
        </svg>
        {m.legendDotArea}
      </li>
    </ul>
  );
}

export function ViewToggle({
  view,
  recommended,
  onChange,
  r,
}: {
  view: MapView;
  recommended: MapView;
  onChange: (view: MapView) => void;
  r: ResultMessages;
}) {
  const name = useId();
  return (
    <fieldset className="tmap-toggle">
      <legend className="tmap-toggle-legend">{r.map.viewLegend}</legend>
      <div className="tmap-toggle-options">
        {STRATEGIES.map((strategy) => (
          <label className="tmap-toggle-option" key={strategy}>
            <input
              checked={view === strategy}
              className="tmap-toggle-input"
              name={name}
              onChange={() => onChange(strategy)}
              type="radio"
              value={strategy}
            />
            <span className="tmap-toggle-label">
              <span className="tmap-toggle-name">{strategyName(strategy, r.locale, 'short')}</span>
              {strategy === recommended ? (
                <>
                  {wordGap(r.locale, strategyName(strategy, r.locale, 'short'), r.map.recommendedMark)}
                  <span className="tmap-toggle-badge">{r.map.recommendedMark}</span>
                </>
              ) : null}
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
