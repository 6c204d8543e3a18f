// What validation needs of the form values (the answers document they describe, where a problem is): loaded with the
// schema (questionnaire-resolver.ts), so none of it is in the first load.
import type { UiMessages } from '../../components/i18n';
import { PRIORITY_KEYS, toProblemDetail } from '../../engine';
import {
  CLUSTER_KIND_KEYS,
  type ClusterKindsFormValue,
  type QuestionnaireValues,
  type RegionFormValue,
  readNumber,
  regionLabel,
  toFieldMessage,
} from './form-values';

/** A problem that keeps the current answers from being used, in the questionnaire's words. */
export interface PendingProblem {
  /** "Clusters in Asia Pacific (Tokyo)" */
  readonly place: string;
  /** "Clusters must be at least 1." */
  readonly message: string;
}

/** What the schema found, as a person reads it: where each problem is and what it is, in the active language. */
export function describePendingProblems(
  problems: UiMessages['problems'],
  values: QuestionnaireValues,
  issues: readonly {
    readonly path: readonly PropertyKey[];
    readonly message: string;
    readonly code: string;
    readonly params?: unknown;
  }[],
): PendingProblem[] {
  return issues.map((issue) => ({
    place: describeProblemPlace(problems, values, issue.path),
    message: toFieldMessage(
      problems,
      issue.path,
      issue.message,
      issue.code,
      issue.code === 'custom' ? toProblemDetail(issue.params) : undefined,
    ),
  }));
}

/** An optional answer: left out when nothing is typed, else the typed number (or text, for the schema to name). */
function optionalNumber<Key extends string>(key: Key, text: string): { [K in Key]?: number | string } {
  return (text.trim() === '' ? {} : { [key]: readNumber(text) }) as { [K in Key]?: number | string };
}

function optionalChoice<Key extends string>(key: Key, value: string): { [K in Key]?: string } {
  return (value === '' ? {} : { [key]: value }) as { [K in Key]?: string };
}

/** The counts typed for a region's cluster kinds; left out when none is typed. */
function clusterKindsAnswer(kinds: ClusterKindsFormValue | undefined): { clusterKinds?: Record<string, unknown> } {
  const typed = CLUSTER_KIND_KEYS.flatMap((key) => {
    const text = kinds?.[key] ?? '';
    return text.trim() === '' ? [] : [[key, readNumber(text)] as const];
  });
  return typed.length === 0 ? {} : { clusterKinds: Object.fromEntries(typed) };
}

function regionConstraints(region: RegionFormValue) {
  return {
    ...optionalChoice('siteKind', region.siteKind),
    ...optionalChoice('connectivity', region.connectivity),
    ...optionalNumber('nodes', region.nodes),
    ...optionalChoice('jurisdiction', region.jurisdiction),
    ...clusterKindsAnswer(region.clusterKinds),
  };
}

/** The answers document the form describes (not yet validated). Constraints left empty are left out. */
export function toAnswersDocument(values: QuestionnaireValues): unknown {
  return {
    ...values.carried,
    version: 1,
    regions: values.regions.map((region) =>
      region.kind === 'catalog'
        ? {
            ...region.carried,
            id: region.regionId,
            ...(region.name.trim() === '' ? {} : { name: region.name }),
            clusters: readNumber(region.clusters),
            ...regionConstraints(region),
          }
        : {
            ...region.carried,
            id: region.regionId,
            name: region.name,
            lat: readNumber(region.lat),
            lon: readNumber(region.lon),
            clusters: readNumber(region.clusters),
            ...regionConstraints(region),
          },
    ),
    latencyToleranceMs: readNumber(values.latencyToleranceMs),
    opsEngineers: readNumber(values.opsEngineers),
    crossRegionEnvironments: values.crossRegionEnvironments === 'yes',
    priorities: Object.fromEntries(PRIORITY_KEYS.map((key) => [key, readNumber(values.priorities[key])])),
    ...optionalNumber('nodesPerCluster', values.nodesPerCluster),
    ...optionalNumber('provisionedPercent', values.provisionedPercent),
    ...optionalNumber('clustersInTwoYears', values.clustersInTwoYears ?? ''),
    ...(values.jurisdictions.length === 0
      ? {}
      : {
          jurisdictions: values.jurisdictions.map((jurisdiction) => ({
            ...jurisdiction.carried,
            id: jurisdiction.id,
            name: jurisdiction.name,
            ...(jurisdiction.keepManagementInside ? {} : { keepManagementInside: false }),
            ...(jurisdiction.planesManageOnlyInside ? { planesManageOnlyInside: true } : {}),
            ...((jurisdiction.allowedLocations ?? []).length === 0
              ? {}
              : { allowedLocations: jurisdiction.allowedLocations }),
          })),
        }),
    ...(values.hub.regionId === '' ? {} : { hub: { regionId: values.hub.regionId } }),
    ...(values.latencies.length === 0
      ? {}
      : {
          latencies: values.latencies.map((latency) => ({
            from: latency.from,
            to: latency.to,
            ms: readNumber(latency.ms),
          })),
        }),
    ...(values.decision === undefined ? {} : { decision: values.decision }),
  };
}

/** Where a problem is, in the questionnaire's words: "Clusters in Asia Pacific (Tokyo)". */
export function describeProblemPlace(
  problems: UiMessages['problems'],
  values: QuestionnaireValues,
  path: readonly PropertyKey[],
): string {
  const [first, index, field] = path;
  if (first === 'regions' && typeof index === 'number') {
    const name = regionLabel(problems, values.regions[index]);
    switch (field) {
      case 'clusters':
        return problems.clustersIn(name);
      case 'name':
        return problems.nameOf(name);
      case 'lat':
        return problems.latitudeOf(name);
      case 'lon':
        return problems.longitudeOf(name);
      case 'siteKind':
        return problems.siteKindOf(name);
      case 'connectivity':
        return problems.connectivityOf(name);
      case 'nodes':
        return problems.nodesIn(name);
      case 'jurisdiction':
        return problems.jurisdictionOf(name);
      case 'clusterKinds':
        return problems.clusterKindsIn(name);
      default:
        return name;
    }
  }
  if (first === 'regions') return problems.regions;
  if (first === 'jurisdictions' && typeof index === 'number') return problems.jurisdictionAt(index + 1);
  if (first === 'latencies' && typeof index === 'number') return problems.measurementAt(index + 1);
  const key = path.map(String).join('.');
  return key in problems.questions ? problems.questions[key as keyof typeof problems.questions] : key;
}
