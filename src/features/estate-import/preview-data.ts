// The preview's rows and choices, worked out from the plan without rendering (tested on their own).
import { type Answers, findCatalogRegion, regionDisplayName } from '../../engine';
import {
  type ClusterKinds,
  type EstateImport,
  groupByRegion,
  type ImportPlan,
  type RegionChange,
  type RegionNamer,
} from '../../engine/estate-import';

/** The name a person knows a region by: a CSV's site name, the answers' name, the catalog's, else its id. */
export function regionNamer(estate: EstateImport, answers: Answers): RegionNamer {
  const names = new Map<string, string>();
  for (const region of answers.regions) if (region.name) names.set(region.id, region.name);
  for (const region of estate.regions) if (region.name) names.set(region.id, region.name);
  return (id) => regionDisplayName({ id, name: names.get(id) });
}

export interface PreviewRow {
  readonly id: string;
  readonly name: string;
  readonly change: RegionChange['change'];
  readonly before?: RegionChange['before'];
  readonly after?: RegionChange['after'];
  readonly nodesEstimatedFor?: number;
}

/** The regions the import adds, updates or removes, in the plan's order; how many stay as they are. */
export function previewRows(plan: ImportPlan, name: RegionNamer): { rows: PreviewRow[]; unchanged: number } {
  const rows = plan.changes
    .filter((change) => change.change !== 'unchanged')
    .map((change) => ({ ...change, name: name(change.id) }));
  return { rows, unchanged: plan.changes.length - rows.length };
}

export interface PlaceTarget {
  readonly id: string;
  readonly label: string;
}

/**
 * Where an unplaced cluster may go: the sites and regions of the import and of the answers, by name. A region
 * outside both is added first (a CSV row of 0 clusters defines a site without counting any).
 */
export function placeTargets(estate: EstateImport, answers: Answers, name: RegionNamer): PlaceTarget[] {
  const ids = new Set([
    ...groupByRegion(estate).regions.map((region) => region.id),
    ...estate.regions.map((region) => region.id),
    ...answers.regions.map((region) => region.id),
  ]);
  return [...ids]
    .map((id) => ({ id, label: findCatalogRegion(id) ? `${name(id)} (${id})` : name(id) }))
    .sort((a, b) => a.label.localeCompare(b.label));
}

/** "2 hosted, 1 imported" in the catalog's words; undefined when no kind is said. */
export function describeKinds(
  kinds: ClusterKinds | undefined,
  kindName: Readonly<Record<keyof ClusterKinds, string>>,
  kindCount: (kind: string, count: number) => string,
  separator: string,
): string | undefined {
  if (kinds === undefined) return undefined;
  const parts = (['provisioned', 'imported', 'hosted'] as const)
    .filter((kind) => (kinds[kind] ?? 0) > 0)
    .map((kind) => kindCount(kindName[kind], kinds[kind] ?? 0));
  return parts.length === 0 ? undefined : parts.join(separator);
}
