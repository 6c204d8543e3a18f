import { z } from 'zod/mini';
import {
  DEFAULT_NODES_PER_CLUSTER,
  MAX_JURISDICTIONS,
  MAX_MEASURED_LATENCIES,
  MAX_NAMES_PER_ROLE,
  MAX_REGIONS,
  PRIORITY_LABELS,
} from './answer-limits';
import { answersSchema } from './answers';

/** Where the published JSON Schema lives, relative to the app's root (public/ is served as is). */
export const ANSWERS_SCHEMA_FILE = 'answers.schema.json';

/** Editor help for each field, keyed by its path (`regions[]` is any region); the wording follows CONTRACT.md. */
const FIELD_DESCRIPTIONS: Readonly<Record<string, string>> = {
  $schema: 'Where this JSON Schema lives, for editors.',
  version: 'Answers document version: always 1.',
  regions: `Where the downstream clusters run: 1 to ${MAX_REGIONS} regions, each id used once.`,
  'regions[].id':
    'A catalog id "provider:code" (aws:eu-west-1, azure:westeurope, gcp:asia-east1) or an id of your own for a custom site.',
  'regions[].name': 'Display name; required for a custom site. Defaults to the catalog name.',
  'regions[].lat': 'Latitude in degrees; required for a custom site, ignored for a catalog id.',
  'regions[].lon': 'Longitude in degrees; required for a custom site, ignored for a catalog id.',
  'regions[].clusters': 'Downstream clusters in this region.',
  'regions[].siteKind':
    'Where a management plane may run: "cloud" (default for a catalog id), "datacenter" (default for a custom site) or "edge" (stores, factories, vessels: never hosts a plane).',
  'regions[].connectivity':
    'Link from this region to the rest of the estate: "connected" (default), "intermittent" or "air-gapped".',
  'regions[].nodes': 'Downstream nodes in this region, at least its clusters. Default: clusters × nodesPerCluster.',
  'regions[].jurisdiction':
    'The id of the jurisdiction (in jurisdictions) this region belongs to. Default: none (mainland-China catalog regions: cn-mainland).',
  nodesPerCluster: `Average nodes per cluster where a region gives no nodes. Default ${DEFAULT_NODES_PER_CLUSTER}, Rancher's own ratio (1,500 nodes / 150 clusters).`,
  provisionedPercent:
    'Share (%) of clusters Rancher provisions (RKE2/K3s); the rest are imported or hosted (EKS/AKS/GKE). Default: not said.',
  jurisdictions: `Jurisdictions regions may belong to (at most ${MAX_JURISDICTIONS}); each must have at least one region in it. Default: none.`,
  'jurisdictions[].id': 'Short id regions refer to, e.g. "eu".',
  'jurisdictions[].name': 'Display name, e.g. "European Union".',
  'jurisdictions[].keepManagementInside':
    "Default true (one-way residency): the jurisdiction's regions are managed only from a plane inside it; that plane may manage regions outside too. false: managed from anywhere.",
  'jurisdictions[].planesManageOnlyInside':
    "Default false. true: the strict two-way rule, the jurisdiction's planes manage nothing outside it either (needs keepManagementInside true).",
  'jurisdictions[].allowedLocations':
    'Where its planes may run: ISO country codes ("DE", "GB"), catalog region ids or your own region ids. Default: the countries its regions lie in.',
  'regions[].clusterKinds':
    "The region's clusters by kind (provisioned, imported, hosted), together at most its clusters; overrides provisionedPercent here.",
  clustersInTwoYears: 'Clusters the estate expects in two years; sizes and the verdict read the estate at that size.',
  hub: 'Pins the central management plane to a region. Default: not pinned (the advisor places it).',
  'hub.regionId':
    'One of regions[].id (not an edge site, nor on an intermittent or air-gapped link), or any catalog id (a cloud region with no downstream clusters; in mainland China only when a region is there).',
  latencies: `Measured round trips (at most ${MAX_MEASURED_LATENCIES}, one per pair); each replaces the estimate for its pair everywhere. Default: none.`,
  'latencies[].from': 'A region id of the answers, or the pinned hub.',
  'latencies[].to': 'Another region id of the answers, or the pinned hub.',
  'latencies[].ms': 'Measured round-trip time in ms; at least the fibre floor (1 ms per 100 km between the two).',
  decision:
    'Decision-record front matter (MADR): used by the decision record and carried by links and files. Default: {} (none).',
  'decision.title': "The decision record's title.",
  'decision.status': 'proposed (default), accepted, rejected, deprecated or superseded.',
  'decision.date': 'Date of the decision, YYYY-MM-DD.',
  'decision.decisionMakers': `Who decides (at most ${MAX_NAMES_PER_ROLE} names).`,
  'decision.consulted': `Whose opinion was sought (at most ${MAX_NAMES_PER_ROLE} names).`,
  'decision.informed': `Who is kept up to date (at most ${MAX_NAMES_PER_ROLE} names).`,
  'decision.author': 'Who made this version of the record.',
  latencyToleranceMs:
    'Highest round-trip time (ms) between the management plane and a downstream cluster that the team accepts.',
  opsEngineers: 'People (full-time equivalents) available to operate management-plane installations.',
  crossRegionEnvironments:
    'Some environments (a set of clusters, projects and apps) span clusters in several regions and are run as one.',
  priorities: `How much each matters: ${PRIORITY_LABELS.map((label, level) => `${level} ${label}`).join(', ')}.`,
  'priorities.singlePane': 'One interface that shows every region and cluster.',
  'priorities.multiClusterApps': 'Deploying one app to clusters in many regions in one step.',
  'priorities.faultIsolation': "Each region keeping provisioning when another region's (or the central) plane is down.",
  'priorities.independentUpgrades': "Upgrading the management plane region by region, on each region's own schedule.",
};

type JsonObject = Record<string, unknown>;

function describeFields(node: JsonObject, path: string): void {
  const description = FIELD_DESCRIPTIONS[path];
  if (description) node.description = description;
  const properties = node.properties as Record<string, JsonObject> | undefined;
  for (const [key, child] of Object.entries(properties ?? {})) describeFields(child, path ? `${path}.${key}` : key);
  const items = node.items as JsonObject | undefined;
  if (items) describeFields(items, `${path}[]`);
}

/**
 * The answers document as JSON Schema (draft 2020-12), generated from the zod schema so the two never
 * disagree. Describes what a person may write (defaults may be left out); rules JSON Schema cannot express
 * (unique ids, custom sites needing coordinates) are checked by the app and the command line.
 */
export function buildAnswersJsonSchema(): JsonObject {
  const generated = z.toJSONSchema(answersSchema, { io: 'input', unrepresentable: 'any' }) as JsonObject;
  describeFields(generated, '');
  return {
    ...generated,
    $id: ANSWERS_SCHEMA_FILE,
    title: 'Rancher Strategy Advisor answers (version 1)',
    description:
      'Answers about a multi-region Kubernetes estate, for the Hub & Spoke vs Regional management-plane recommendation. Region ids: a catalog id such as "aws:eu-west-1", or an id of your own for a custom site with name, lat and lon.',
  };
}

/** The schema as the file holds it: two-space JSON with a final newline. */
export function renderAnswersJsonSchema(): string {
  return `${JSON.stringify(buildAnswersJsonSchema(), null, 2)}\n`;
}
