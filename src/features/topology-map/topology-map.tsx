/**
 * The topology world map. Loaded lazily (see lazy-topology-map.tsx): d3-geo and topojson-client come with this
 * module, and Natural Earth's land arrives after it in a chunk of its own. What is drawn comes ready from
 * map-data.ts; this component projects it and handles hover, focus and the view toggle.
 */
import { geoPath } from 'd3-geo';
import { type KeyboardEvent, memo, type PointerEvent, useEffect, useId, useMemo, useState } from 'react';
import { flushSync } from 'react-dom';
import { useResultMessages } from '../../components/i18n/use-result-messages';
import { PrintableDetails } from '../../components/printable-details';
import { useElementWidth } from '../../components/use-element-width';
import { type Answers, type Recommendation, strategyName, viewPlanes } from '../../engine';
import { layoutLabels } from './label-layout';
import { type Land, type LoadLandResult, loadLand } from './land';
import { buildMapModel, describeMap, describePoint, type MapLine, type MapPoint, type MapView } from './map-data';
import { chooseCentralMeridian, dotScaleForWidth, fitProjection, nearestPoint } from './map-geometry';
import { groupClass, Legend, ViewToggle } from './map-legend';
import { Tooltip, tooltipLines } from './map-tooltip';
import './topology-map.css';

export interface TopologyMapProps {
  answers: Answers;
  recommendation: Recommendation;
  /** The view shown first; the recommended strategy when left out. The toggle switches it afterwards. */
  view?: MapView;
  /** Land to draw instead of loading Natural Earth's (tests pass a small shape, or null for none). */
  land?: Land | null;
}

/** Width used until the container is measured (and in jsdom, which has no layout), px. */
const FALLBACK_WIDTH_PX = 800;
/** Below this width only the hub or the regional planes are labelled; the rest would crowd a phone screen. */
const LABEL_ALL_MIN_WIDTH_PX = 560;
/** On a narrow map at least this many labels (every plane, then the largest regions); more would hide the land. */
const NARROW_MIN_LABELS = 3;
/** No dot is drawn smaller than this, px, however narrow the map: below it a dot reads as a speck of land. */
const MIN_DRAWN_RADIUS_PX = 3;
/** Extra radius around a dot that still catches the pointer, px. */
const HIT_MARGIN_PX = 5;
/** How far the plane ring sits outside its dot, px. */
const RING_GAP_PX = 3;

let landRequest: Promise<LoadLandResult> | undefined;
/** One request per page: every map instance shares the parsed land. */
export function requestLand(): Promise<LoadLandResult> {
  landRequest ??= loadLand();
  return landRequest;
}

/**
 * True from the moment the page starts printing. Should the map's width still be unknown then (drawn a moment
 * before a print started), the land is drawn at once at the fallback width (the SVG scales to its box).
 * `flushSync`: the printout is laid out right after the `beforeprint` handlers.
 */
function usePrinting(): boolean {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    const start = () => flushSync(() => setPrinting(true));
    window.addEventListener('beforeprint', start);
    return () => window.removeEventListener('beforeprint', start);
  }, []);
  return printing;
}

function useLand(given: Land | null | undefined): { land: Land | null; failed: boolean } {
  const [result, setResult] = useState<LoadLandResult | null>(null);
  useEffect(() => {
    if (given !== undefined) return;
    let current = true;
    requestLand().then((loaded) => {
      if (current) setResult(loaded);
    });
    return () => {
      current = false;
    };
  }, [given]);
  if (given !== undefined) return { land: given, failed: false };
  if (!result) return { land: null, failed: false };
  return result.ok ? { land: result.value, failed: false } : { land: null, failed: true };
}

interface Projected extends MapPoint {
  readonly x: number;
  readonly y: number;
  readonly r: number;
}

interface Active {
  readonly id: string;
  /** Hover ends with the pointer; focus ends with blur. */
  readonly by: 'pointer' | 'focus';
}

function pointClass(point: MapPoint, view: MapView): string {
  if (view === 'regional') return `tmap-point ${groupClass(point.groupIndex)}`;
  return `tmap-point ${point.isHub ? 'tmap-hub' : `tmap-rating-${point.rating}`}`;
}

/** The world map of the recommended topology, with a toggle to the other strategy's. */
export function TopologyMap({ answers, recommendation, view: initialView, land: givenLand }: TopologyMapProps) {
  const startView = initialView ?? recommendation.strategy;
  const [view, setView] = useState<MapView>(startView);
  // A new recommendation (or a new `view` prop) starts over from it, as the person would expect.
  const [viewFrom, setViewFrom] = useState(startView);
  if (viewFrom !== startView) {
    setViewFrom(startView);
    setView(startView);
  }
  const [active, setActive] = useState<Active | null>(null);
  const { r } = useResultMessages();
  const [containerRef, measuredWidth] = useElementWidth<HTMLDivElement>();
  const widthPx = measuredWidth > 0 ? measuredWidth : FALLBACK_WIDTH_PX;
  const { land, failed } = useLand(givenLand);
  const descriptionId = useId();

  const planes = useMemo(
    () => viewPlanes(recommendation, answers, { locale: r.locale, mainlandChinaName: r.plan.mainlandChina }),
    [recommendation, answers, r],
  );
  const model = useMemo(() => buildMapModel(answers, recommendation, planes, r), [answers, recommendation, planes, r]);
  // The meridian and the projection, and with it the coastline path (the map's costliest drawing), change only
  // when the lines, the places or the width do, not when another answer moves a rating.
  const mapLines = [...model.spokes, ...model.groups.flatMap((group) => group.links)];
  const linesKey = mapLines.map((line) => `${line.from}>${line.to}`).join(';');
  // biome-ignore lint/correctness/useExhaustiveDependencies: linesKey stands for the lines' end points.
  const meridian = useMemo(() => chooseCentralMeridian(mapLines), [linesKey]);
  const placesKey = model.points.map((point) => `${point.lat},${point.lon}`).join(';');
  // biome-ignore lint/correctness/useExhaustiveDependencies: placesKey stands for model.points' coordinates.
  const { projection, heightPx } = useMemo(
    () => fitProjection(widthPx, meridian, model.points, mapLines),
    [widthPx, meridian, placesKey],
  );
  const path = useMemo(() => geoPath(projection), [projection]);
  // Coastlines wait for the real width where it will come (the fallback width is for environments without
  // ResizeObserver): projecting them is the map's costliest step, and the first guess would be thrown away.
  const printing = usePrinting();
  const widthKnown = measuredWidth > 0 || printing || typeof ResizeObserver === 'undefined';
  const landPath = useMemo(() => (land && widthKnown ? (path(land) ?? '') : null), [land, path, widthKnown]);
  const dotScale = dotScaleForWidth(widthPx);

  const projected = useMemo(
    () =>
      model.points.map((point): Projected => {
        const [x, y] = projection([point.lon, point.lat]) ?? [0, 0];
        return { ...point, x, y, r: Math.max(MIN_DRAWN_RADIUS_PX, point.radiusPx * dotScale) };
      }),
    [model, projection, dotScale],
  );

  const narrow = widthPx < LABEL_ALL_MIN_WIDTH_PX;
  const fontPx = narrow ? 11 : 12;
  const labels = useMemo(() => {
    const isPlane = (point: MapPoint) => (view === 'hub-and-spoke' ? point.isHub : point.isGroupPlane);
    const wanted = [...projected]
      .filter((point) => isPlane(point) || !narrow || point.clusters > 0)
      .sort((a, b) => Number(isPlane(b)) - Number(isPlane(a)) || b.clusters - a.clusters);
    const planeCount = wanted.filter(isPlane).length;
    const requests = wanted.map((point) => ({
      id: point.id,
      // On a phone a plane's full name would cover a third of the map: its place in a few words ("Frankfurt"); the
      // tooltip, the legend and the text name it in full.
      text:
        view === 'hub-and-spoke' && point.isHub
          ? narrow
            ? point.place
            : r.map.hubLabelNamed(model.hubs.length > 1 ? point.place : point.name)
          : narrow
            ? point.place
            : point.name,
      x: point.x,
      y: point.y,
      radiusPx: point.r + (isPlane(point) ? RING_GAP_PX + 1 : 0),
    }));
    const obstacles = projected.map((point) => ({
      x: point.x,
      y: point.y,
      radiusPx: point.r + (isPlane(point) ? RING_GAP_PX + 1 : 0),
    }));
    const most = narrow ? Math.max(NARROW_MIN_LABELS, planeCount) : undefined;
    return layoutLabels(requests, obstacles, widthPx, heightPx, fontPx, most);
  }, [projected, view, widthPx, heightPx, fontPx, narrow, r, model.hubs.length]);

  const lines: readonly (MapLine & { className: string })[] =
    view === 'hub-and-spoke'
      ? model.spokes.map((spoke) => ({ ...spoke, className: `tmap-spoke tmap-rating-${spoke.rating}` }))
      : model.groups.flatMap((group) =>
          group.links.map((link) => ({ ...link, className: `tmap-link ${groupClass(group.index)}` })),
        );

  const planeIds = new Set(
    projected.filter((point) => (view === 'hub-and-spoke' ? point.isHub : point.isGroupPlane)).map((point) => point.id),
  );
  const activePoint = active ? projected.find((point) => point.id === active.id) : undefined;
  const description = describeMap(model, view, r);
  const mapName = r.map.mapName(strategyName(view, r.locale, 'short'));

  // Overlapping dots: the pointer picks the nearest centre, so a big dot under small ones stays reachable.
  const onPointerMove = (event: PointerEvent<SVGSVGElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    const hit =
      box.width > 0
        ? nearestPoint(
            projected,
            ((event.clientX - box.left) * widthPx) / box.width,
            ((event.clientY - box.top) * heightPx) / box.height,
            HIT_MARGIN_PX,
          )
        : // Without layout (jsdom) the point under the pointer is the one the event came from.
          projected.find(
            (point) =>
              event.target instanceof Element &&
              event.target.closest('[data-point-id]')?.getAttribute('data-point-id') === point.id,
          );
    setActive((current) => {
      if (current?.by === 'focus' && !hit) return current;
      if (!hit) return null;
      return current?.id === hit.id && current.by === 'pointer' ? current : { id: hit.id, by: 'pointer' };
    });
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') setActive(null);
  };

  return (
    <figure className="tmap">
      <ViewToggle onChange={setView} r={r} recommended={model.recommended} view={view} />
      <div className="tmap-canvas" ref={containerRef}>
        <svg
          aria-describedby={descriptionId}
          className={activePoint && active?.by === 'pointer' ? 'tmap-svg tmap-svg--pointing' : 'tmap-svg'}
          // biome-ignore lint/a11y/noRedundantRoles: browsers disagree on an <svg>'s implicit role (group, image or graphics-document); stating it keeps the map one named, described element.
          role="graphics-document"
          height={heightPx}
          onPointerLeave={() => setActive((current) => (current?.by === 'pointer' ? null : current))}
          onPointerMove={onPointerMove}
          viewBox={`0 0 ${widthPx} ${heightPx}`}
          width={widthPx}
        >
          <title>{mapName}</title>
          {/* Land and lines are decoration: the points and the text description carry what they show. */}
          <svg aria-hidden="true" className="tmap-layer">
            {landPath !== null ? <path className="tmap-land" d={landPath} /> : null}
            {lines.map((line) => (
              <path
                className={line.className}
                d={path({ type: 'LineString', coordinates: [[...line.from], [...line.to]] }) ?? ''}
                data-line={view === 'hub-and-spoke' ? 'spoke' : 'group-link'}
                key={`${line.fromId}>${line.toId}`}
              />
            ))}
          </svg>
          {projected.map((point) => {
            const isPlane = planeIds.has(point.id);
            return (
              // biome-ignore lint/a11y/noInteractiveElementToNoninteractiveRole: Biome takes SVG's <g> for an interactive element; role="img" gives a focusable point its name.
              <g
                aria-label={describePoint(point, model, view, r)}
                className={pointClass(point, view)}
                data-point-id={point.id}
                key={point.id}
                onBlur={() => setActive((current) => (current?.by === 'focus' ? null : current))}
                onFocus={() => setActive({ id: point.id, by: 'focus' })}
                onKeyDown={onKeyDown}
                role="img"
                tabIndex={0}
                transform={`translate(${point.x.toFixed(1)} ${point.y.toFixed(1)})`}
              >
                <circle className="tmap-hit" r={point.r + HIT_MARGIN_PX} />
                <circle className="tmap-dot" r={point.r} />
                {isPlane ? <circle className="tmap-ring" r={point.r + RING_GAP_PX} /> : null}
                <circle className="tmap-focus" r={point.r + RING_GAP_PX + 3} />
              </g>
            );
          })}
          {/* Labels repeat the points' names, which screen readers already get from each point. */}
          <svg aria-hidden="true" className="tmap-layer" style={{ fontSize: `${fontPx}px` }}>
            {labels.map((label) => (
              <text
                className={planeIds.has(label.id) ? 'tmap-label tmap-label--plane' : 'tmap-label'}
                key={label.id}
                textAnchor={label.anchor}
                x={label.x.toFixed(1)}
                y={label.y.toFixed(1)}
              >
                {label.text}
              </text>
            ))}
          </svg>
        </svg>
        {activePoint ? (
          <Tooltip
            heightPx={heightPx}
            lines={tooltipLines(activePoint, model, view, r)}
            point={activePoint}
            widthPx={widthPx}
          />
        ) : null}
      </div>
      {failed ? <p className="tmap-note">{r.map.coastlinesFailed}</p> : null}
      <Legend model={model} r={r} view={view} />
      <PrintableDetails className="tmap-text" summary={r.map.asText}>
        {(forPrint) => (forPrint ? <p>{description}</p> : <p id={descriptionId}>{description}</p>)}
      </PrintableDetails>
    </figure>
  );
}

// Memoized: the page re-renders on every keystroke, and the map need only redraw when its props change.
export default memo(TopologyMap);
