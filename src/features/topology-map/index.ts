// Only the lazy wrapper and types: a value import of './topology-map' here would pull d3-geo into the first bundle.
export { LazyTopologyMap, prepareMapForPrint } from './lazy-topology-map';
export type { MapView } from './map-data';
export type { TopologyMapProps } from './topology-map';
