/**
 * Importing an estate that already runs: cluster lists of Rancher and the clouds' CLIs, and CSVs, read into regions
 * with cluster and node counts and cluster kinds, then merged into (or put in place of) the answers. Pure, like the
 * rest of the engine: the command line and the app decide what to show. docs/import.md describes every source.
 */
export type { ClusterEntry } from './cloud-lists';
export {
  type EstateImport,
  type EstateImportResult,
  groupByRegion,
  type ImportedRegion,
  importEstate,
  type Placements,
} from './estate';
export type { JsonErrorLocator } from './json-documents';
export { matchRegionCell } from './locations';
export { type EstateImportMessages, importMessagesFor, type RegionNamer } from './messages';
export {
  type ImportAdjustment,
  type ImportMode,
  type ImportPlan,
  type PlanOptions,
  type PlanProblem,
  planImport,
  type RegionChange,
  type RegionCounts,
} from './plan';
export { type ReadOptions, readSource, type SourceText } from './read-source';
export * from './types';
