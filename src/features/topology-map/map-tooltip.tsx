import { type CSSProperties, useLayoutEffect, useRef } from 'react';
import type { ResultMessages } from '../../components/i18n';
import { formatRttMs, hubOf, type MapModel, type MapPoint, type MapView } from './map-data';

/** Tooltip lines: name first, then clusters and the round trip that matters in this view. */
export function tooltipLines(point: MapPoint, model: MapModel, view: MapView, r: ResultMessages): string[] {
  const m = r.map;
  const clusters = m.clusters(point.clusters);
  if (view === 'hub-and-spoke') {
    if (point.isHub) {
      const role = model.hubs.find((hub) => hub.planeRegionId === point.id)?.role ?? null;
      return point.clusters > 0 ? [clusters, m.tooltipHub(role)] : [m.tooltipHub(role)];
    }
    return [
      clusters,
      m.tooltipFromHub(formatRttMs(point.rttFromHubMs, model.toleranceMs, r), hubOf(model, point)),
      m.tooltipRating(m.ratings[point.rating], model.toleranceMs),
    ];
  }
  const group = point.groupIndex + 1;
  if (point.isGroupPlane) return [clusters, m.tooltipGroupPlane(group)];
  const plane = model.groups[point.groupIndex]?.planeName ?? '';
  return [clusters, m.tooltipToPlane(group, formatRttMs(point.rttFromPlaneMs, model.toleranceMs, r), plane)];
}

/** Dots this close to the map's top get their tooltip below them, px. */
const TOOLTIP_BELOW_Y_PX = 90;
/** Room the tooltip keeps from the map's sides, px. */
const TOOLTIP_EDGE_PX = 4;

/**
 * Name, clusters and round trip of one point, centred above it (below it near the top) and slid sideways as
 * far as needed to stay inside the map, measured once it is laid out.
 */
export function Tooltip({
  point,
  lines,
  widthPx,
  heightPx,
}: {
  point: MapPoint & { readonly x: number; readonly y: number; readonly r: number };
  lines: readonly string[];
  widthPx: number;
  heightPx: number;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const tooltip = ref.current;
    const frame = tooltip?.parentElement?.getBoundingClientRect();
    if (!tooltip || !frame || frame.width === 0) return;
    tooltip.style.setProperty('--tmap-shift', '0px');
    const box = tooltip.getBoundingClientRect();
    let shift = 0;
    if (box.right > frame.right - TOOLTIP_EDGE_PX) shift = frame.right - TOOLTIP_EDGE_PX - box.right;
    if (box.left + shift < frame.left + TOOLTIP_EDGE_PX) shift = frame.left + TOOLTIP_EDGE_PX - box.left;
    tooltip.style.setProperty('--tmap-shift', `${Math.round(shift)}px`);
  });
  return (
    <div
      className={`tmap-tooltip ${point.y < TOOLTIP_BELOW_Y_PX ? 'tmap-tooltip--below' : ''}`}
      ref={ref}
      role="tooltip"
      style={
        {
          left: `${(point.x / widthPx) * 100}%`,
          top: `${(point.y / heightPx) * 100}%`,
          '--tmap-tooltip-offset': `${point.r + 8}px`,
        } as CSSProperties
      }
    >
      <strong className="tmap-tooltip-name">{point.name}</strong>
      {lines.map((line) => (
        <span className="tmap-tooltip-line" key={line}>
          {line}
        </span>
      ))}
    </div>
  );
}
