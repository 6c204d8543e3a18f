import { lazy, Suspense } from 'react';
import { useResultMessages } from '../../components/i18n/use-result-messages';
import type { TopologyMapProps } from './topology-map';
import './topology-map.css';

/** The map's module: d3-geo, topojson-client and (later still) the land data stay out of the first bundle. */
const loadMap = () => import('./topology-map');
const TopologyMap = lazy(loadMap);

/** For print: the map's code and its land, so a printout made before scrolling down draws the map whole. */
export const prepareMapForPrint = (): Promise<unknown> => loadMap().then((module) => module.requestLand());

/** Holds the map's place (toggle row, map box, legend rows) while its code loads, so nothing below it jumps. */
function MapPlaceholder() {
  const { r } = useResultMessages();
  return (
    <div className="tmap-fallback">
      <div className="tmap-fallback-toggle" />
      <div className="tmap-fallback-map" role="status">
        <span>{r.map.loading}</span>
      </div>
      <div className="tmap-fallback-legend" />
    </div>
  );
}

/** The topology map, loaded on first render. Same props as TopologyMap. */
export function LazyTopologyMap(props: TopologyMapProps) {
  return (
    <Suspense fallback={<MapPlaceholder />}>
      <TopologyMap {...props} />
    </Suspense>
  );
}
