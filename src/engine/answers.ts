import { z } from 'zod/mini';
import {
  CONNECTIVITY_KINDS,
  DECISION_STATUSES,
  DEFAULT_LATENCY_TOLERANCE_MS,
  DEFAULT_OPS_ENGINEERS,
  DEFAULT_PRIORITY,
  MAX_ALLOWED_LOCATIONS,
  MAX_CLUSTERS_PER_REGION,
  MAX_EXPECTED_CLUSTERS,
  MAX_JURISDICTIONS,
  MAX_MEASURED_LATENCIES,
  MAX_NODES_PER_REGION,
  MAX_REGIONS,
  SITE_KINDS,
} from './answer-limits';
import { checkHub, checkJurisdictions, checkLatencies, checkRegions, UNKNOWN_REGION_CODE } from './answers-checks';
import { type AnswersProblemDetail, toProblemDetail } from './problem-detail';

export { UNKNOWN_REGION_CODE } from './answers-checks';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const priority = (what: string) =>
  z._default(
    z
      .number({ error: `${what} must be a whole number from 0 (does not matter) to 4 (must have)` })
      .check(
        z.int({ error: `${what} must be a whole number from 0 (does not matter) to 4 (must have)` }),
        z.gte(0, { error: `${what} must be at least 0 (does not matter)` }),
        z.lte(4, { error: `${what} must be at most 4 (must have)` }),
      ),
    DEFAULT_PRIORITY,
  );

const clusterCount = (what: string) =>
  z.optional(
    z
      .number({ error: `${what} must be a whole number of clusters from 0 to ${MAX_CLUSTERS_PER_REGION}` })
      .check(
        z.int({ error: `${what} must be a whole number of clusters from 0 to ${MAX_CLUSTERS_PER_REGION}` }),
        z.gte(0, { error: `${what} must be at least 0` }),
        z.lte(MAX_CLUSTERS_PER_REGION, { error: `${what} must be at most ${MAX_CLUSTERS_PER_REGION}` }),
      ),
  );

/** How many of a region's clusters Rancher provisions, imports (registers) and how many a cloud provider hosts. */
export const clusterKindsSchema = z.object(
  {
    provisioned: clusterCount('provisioned'),
    imported: clusterCount('imported'),
    hosted: clusterCount('hosted'),
  },
  { error: 'clusterKinds must be an object such as {"provisioned": 4, "hosted": 2}' },
);

export const regionAnswerSchema = z.object({
  id: z
    .string({ error: 'region id must be a text such as "aws:eu-west-1" or a name of your own for a custom site' })
    .check(
      z.trim(),
      z.minLength(1, { error: 'region id must not be empty' }),
      z.maxLength(120, { error: 'region id must be at most 120 characters' }),
    ),
  name: z.optional(
    z
      .string({ error: 'name must be text' })
      .check(
        z.trim(),
        z.minLength(1, { error: 'name must not be empty' }),
        z.maxLength(80, { error: 'name must be at most 80 characters' }),
      ),
  ),
  lat: z.optional(
    z
      .number({ error: 'latitude must be a number from -90 to 90' })
      .check(
        z.gte(-90, { error: 'latitude must be between -90 and 90 degrees' }),
        z.lte(90, { error: 'latitude must be between -90 and 90 degrees' }),
      ),
  ),
  lon: z.optional(
    z
      .number({ error: 'longitude must be a number from -180 to 180' })
      .check(
        z.gte(-180, { error: 'longitude must be between -180 and 180 degrees' }),
        z.lte(180, { error: 'longitude must be between -180 and 180 degrees' }),
      ),
  ),
  clusters: z._default(
    z
      .number({ error: 'clusters must be a whole number from 1 to 10000' })
      .check(
        z.int({ error: 'clusters must be a whole number from 1 to 10000' }),
        z.gte(1, { error: 'clusters must be at least 1' }),
        z.lte(MAX_CLUSTERS_PER_REGION, { error: 'clusters must be at most 10000' }),
      ),
    1,
  ),
  siteKind: z.optional(z.enum(SITE_KINDS, { error: 'siteKind must be "cloud", "datacenter" or "edge"' })),
  connectivity: z.optional(
    z.enum(CONNECTIVITY_KINDS, { error: 'connectivity must be "connected", "intermittent" or "air-gapped"' }),
  ),
  nodes: z.optional(
    z
      .number({ error: `nodes must be a whole number from 1 to ${MAX_NODES_PER_REGION}` })
      .check(
        z.int({ error: `nodes must be a whole number from 1 to ${MAX_NODES_PER_REGION}` }),
        z.gte(1, { error: 'nodes must be at least 1' }),
        z.lte(MAX_NODES_PER_REGION, { error: `nodes must be at most ${MAX_NODES_PER_REGION}` }),
      ),
  ),
  jurisdiction: z.optional(
    z
      .string({ error: 'jurisdiction must be the id of one of the jurisdictions' })
      .check(z.trim(), z.minLength(1, { error: 'jurisdiction must not be empty' })),
  ),
  clusterKinds: z.optional(clusterKindsSchema),
});

const personName = (what: string) =>
  z
    .string({ error: `${what} must be text` })
    .check(
      z.trim(),
      z.minLength(1, { error: `${what} must not be empty` }),
      z.maxLength(80, { error: `${what} must be at most 80 characters` }),
    );
const personList = (what: string) =>
  z.optional(
    z
      .array(personName(`each of ${what}`), { error: `${what} must be a list of names` })
      .check(z.maxLength(20, { error: `${what} must list at most 20 names` })),
  );

export const jurisdictionSchema = z.object({
  id: z
    .string({ error: 'jurisdiction id must be text such as "eu"' })
    .check(
      z.trim(),
      z.minLength(1, { error: 'jurisdiction id must not be empty' }),
      z.maxLength(40, { error: 'jurisdiction id must be at most 40 characters' }),
    ),
  name: z
    .string({ error: 'jurisdiction name must be text' })
    .check(
      z.trim(),
      z.minLength(1, { error: 'jurisdiction name must not be empty' }),
      z.maxLength(80, { error: 'jurisdiction name must be at most 80 characters' }),
    ),
  keepManagementInside: z.optional(z.boolean({ error: 'keepManagementInside must be true or false' })),
  planesManageOnlyInside: z.optional(z.boolean({ error: 'planesManageOnlyInside must be true or false' })),
  allowedLocations: z.optional(
    z
      .array(
        z
          .string({ error: 'each of allowedLocations must be a country code such as "DE" or a region id' })
          .check(
            z.trim(),
            z.minLength(1, { error: 'each of allowedLocations must not be empty' }),
            z.maxLength(120, { error: 'each of allowedLocations must be at most 120 characters' }),
          ),
        { error: 'allowedLocations must be a list of country codes and region ids, such as ["DE", "aws:eu-west-1"]' },
      )
      .check(
        z.minLength(1, { error: 'allowedLocations must name at least one place (or be left out)' }),
        z.maxLength(MAX_ALLOWED_LOCATIONS, {
          error: `allowedLocations must name at most ${MAX_ALLOWED_LOCATIONS} places`,
        }),
      ),
  ),
});

export const measuredLatencySchema = z.object({
  from: z
    .string({ error: 'from must be the id of a region of the answers' })
    .check(z.trim(), z.minLength(1, { error: 'from must not be empty' })),
  to: z
    .string({ error: 'to must be the id of a region of the answers' })
    .check(z.trim(), z.minLength(1, { error: 'to must not be empty' })),
  ms: z
    .number({ error: 'ms must be a number of milliseconds from 0.1 to 2000' })
    .check(z.gte(0.1, { error: 'ms must be at least 0.1' }), z.lte(2000, { error: 'ms must be at most 2000' })),
});

export const decisionSchema = z.object({
  title: z.optional(
    z
      .string({ error: 'title must be text' })
      .check(
        z.trim(),
        z.minLength(1, { error: 'title must not be empty' }),
        z.maxLength(120, { error: 'title must be at most 120 characters' }),
      ),
  ),
  status: z.optional(
    z.enum(DECISION_STATUSES, {
      error: 'status must be "proposed", "accepted", "rejected", "deprecated" or "superseded"',
    }),
  ),
  date: z.optional(
    z
      .string({ error: 'date must be a date written YYYY-MM-DD' })
      .check(
        z.regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, { error: 'date must be a date written YYYY-MM-DD' }),
      ),
  ),
  decisionMakers: personList('decisionMakers'),
  consulted: personList('consulted'),
  informed: personList('informed'),
  author: z.optional(personName('author')),
});

export const answersSchema = z
  .object(
    {
      $schema: z.optional(z.string()),
      version: z.literal(1, { error: 'version must be 1 (the only answers format so far)' }),
      regions: z
        .array(regionAnswerSchema, { error: 'regions must be a list of regions' })
        .check(
          z.minLength(1, { error: 'regions must list at least one region' }),
          z.maxLength(MAX_REGIONS, { error: `regions must list at most ${MAX_REGIONS} regions` }),
        ),
      latencyToleranceMs: z._default(
        z
          .number({ error: 'latency tolerance must be a number of milliseconds from 1 to 2000' })
          .check(
            z.gte(1, { error: 'latency tolerance must be at least 1 ms' }),
            z.lte(2000, { error: 'latency tolerance must be at most 2000 ms' }),
          ),
        DEFAULT_LATENCY_TOLERANCE_MS,
      ),
      opsEngineers: z._default(
        z
          .number({ error: 'operations engineers must be a number from 0 to 1000' })
          .check(
            z.gte(0, { error: 'operations engineers must be at least 0' }),
            z.lte(1000, { error: 'operations engineers must be at most 1000' }),
          ),
        DEFAULT_OPS_ENGINEERS,
      ),
      nodesPerCluster: z.optional(
        z
          .number({ error: 'nodesPerCluster must be a number from 1 to 10000' })
          .check(
            z.gte(1, { error: 'nodesPerCluster must be at least 1' }),
            z.lte(10_000, { error: 'nodesPerCluster must be at most 10000' }),
          ),
      ),
      provisionedPercent: z.optional(
        z
          .number({ error: 'provisionedPercent must be a number from 0 to 100' })
          .check(
            z.gte(0, { error: 'provisionedPercent must be at least 0' }),
            z.lte(100, { error: 'provisionedPercent must be at most 100' }),
          ),
      ),
      clustersInTwoYears: z.optional(
        z
          .number({ error: `clustersInTwoYears must be a whole number from 1 to ${MAX_EXPECTED_CLUSTERS}` })
          .check(
            z.int({ error: `clustersInTwoYears must be a whole number from 1 to ${MAX_EXPECTED_CLUSTERS}` }),
            z.gte(1, { error: 'clustersInTwoYears must be at least 1' }),
            z.lte(MAX_EXPECTED_CLUSTERS, { error: `clustersInTwoYears must be at most ${MAX_EXPECTED_CLUSTERS}` }),
          ),
      ),
      jurisdictions: z.optional(
        z
          .array(jurisdictionSchema, { error: 'jurisdictions must be a list' })
          .check(z.maxLength(MAX_JURISDICTIONS, { error: `jurisdictions must list at most ${MAX_JURISDICTIONS}` })),
      ),
      hub: z.optional(
        z.object(
          {
            regionId: z
              .string({ error: 'hub.regionId must be a region id' })
              .check(z.trim(), z.minLength(1, { error: 'hub.regionId must not be empty' })),
          },
          { error: 'hub must be an object with a regionId' },
        ),
      ),
      latencies: z.optional(
        z.array(measuredLatencySchema, { error: 'latencies must be a list of measured round trips' }).check(
          z.maxLength(MAX_MEASURED_LATENCIES, {
            error: `latencies must list at most ${MAX_MEASURED_LATENCIES} measurements`,
          }),
        ),
      ),
      decision: z.optional(decisionSchema),
      crossRegionEnvironments: z._default(z.boolean({ error: 'crossRegionEnvironments must be true or false' }), false),
      priorities: z._default(
        z.object(
          {
            singlePane: priority('single-pane priority'),
            multiClusterApps: priority('multi-cluster apps priority'),
            faultIsolation: priority('fault isolation priority'),
            independentUpgrades: priority('independent upgrades priority'),
          },
          {
            error:
              'priorities must be an object with singlePane, multiClusterApps, faultIsolation and independentUpgrades',
          },
        ),
        {
          singlePane: DEFAULT_PRIORITY,
          multiClusterApps: DEFAULT_PRIORITY,
          faultIsolation: DEFAULT_PRIORITY,
          independentUpgrades: DEFAULT_PRIORITY,
        },
      ),
    },
    { error: 'the answers document must be a JSON object' },
  )
  .check(
    // The regions' own checks run even when other fields have problems (zod skips checks after one by default), so a
    // file with several problems gets them all named at once; they read the regions defensively.
    z.superRefine(
      (answers, ctx) => {
        checkRegions(answers.regions as unknown[], (path, message, detail, code) =>
          ctx.addIssue({
            code: 'custom',
            path,
            message,
            input: undefined,
            params: { ...detail, ...(code ? { code } : {}) },
          }),
        );
      },
      { when: (payload) => isRecord(payload.value) && Array.isArray(payload.value.regions) },
    ),
    z.superRefine((answers, ctx) => {
      const report = (path: PropertyKey[], message: string, detail: AnswersProblemDetail) =>
        ctx.addIssue({ code: 'custom', path, message, input: undefined, params: detail });
      checkJurisdictions(answers, report);
      checkHub(answers, report);
      checkLatencies(answers, report);
    }),
  );

/** A valid answers document with every default filled in. */
export type Answers = z.infer<typeof answersSchema>;
/** What a person or script may write: defaults may be left out. */
export type AnswersInput = z.input<typeof answersSchema>;
export type RegionAnswer = Answers['regions'][number];
export type PriorityKey = keyof Answers['priorities'];
export type Jurisdiction = NonNullable<Answers['jurisdictions']>[number];
export type ClusterKindsAnswer = NonNullable<RegionAnswer['clusterKinds']>;
export type MeasuredLatency = NonNullable<Answers['latencies']>[number];
export type DecisionMetadata = NonNullable<Answers['decision']>;

export interface FieldProblem {
  /** Where the problem is, as `regions[2].lat`; empty for the document itself. */
  readonly path: string;
  /** In English; `code` lets another language say the same. */
  readonly message: string;
  /** zod's kind of problem ('too_small', 'invalid_type', 'custom', ...). */
  readonly code?: string;
  /** For a problem across fields ('custom'): what it is, with the figures its message names. */
  readonly detail?: AnswersProblemDetail;
}

export type ParseAnswersResult =
  | { readonly ok: true; readonly value: Answers }
  | { readonly ok: false; readonly problems: readonly FieldProblem[] };

/** Formats a zod issue path the way people write it: `regions[2].lat`. */
export function formatFieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, key) => {
    if (typeof key === 'number') return `${text}[${key}]`;
    const name = String(key);
    return text === '' ? name : `${text}.${name}`;
  }, '');
}

/** Validates an unknown value (parsed JSON, a decoded link, form state) as an answers document. */
export function parseAnswers(input: unknown): ParseAnswersResult {
  const result = answersSchema.safeParse(input, { reportInput: true });
  if (result.success) return { ok: true, value: result.data };
  const problems = [...result.error.issues].sort(inDocumentOrder).map((issue): FieldProblem => {
    const unknownRegion = issue.code === 'custom' && issue.params?.code === UNKNOWN_REGION_CODE;
    const problem = {
      path: formatFieldPath(issue.path),
      message: describeIssue(issue),
      code: unknownRegion ? UNKNOWN_REGION_CODE : issue.code,
    };
    const detail = issue.code === 'custom' && !unknownRegion ? toProblemDetail(issue.params) : undefined;
    return detail === undefined ? problem : { ...problem, detail };
  });
  return { ok: false, problems };
}

/** Where each top-level field comes in an answers document, and each field in a region: problems are listed so. */
const FIELD_ORDER = [
  'version',
  'regions',
  'latencyToleranceMs',
  'opsEngineers',
  'crossRegionEnvironments',
  'priorities',
  'nodesPerCluster',
  'provisionedPercent',
  'clustersInTwoYears',
  'jurisdictions',
  'hub',
  'latencies',
  'decision',
];
const REGION_FIELD_ORDER = [
  'id',
  'name',
  'lat',
  'lon',
  'clusters',
  'siteKind',
  'connectivity',
  'nodes',
  'jurisdiction',
  'clusterKinds',
];

function rank(order: readonly string[], key: PropertyKey | undefined): number {
  const index = order.indexOf(String(key));
  return index === -1 ? order.length : index;
}

/** Orders problems as the document reads, top to bottom: regions by index, each region's fields in order. */
function inDocumentOrder(a: z.core.$ZodIssue, b: z.core.$ZodIssue): number {
  return (
    rank(FIELD_ORDER, a.path[0]) - rank(FIELD_ORDER, b.path[0]) ||
    (typeof a.path[1] === 'number' && typeof b.path[1] === 'number' ? a.path[1] - b.path[1] : 0) ||
    rank(REGION_FIELD_ORDER, a.path[2]) - rank(REGION_FIELD_ORDER, b.path[2])
  );
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const missing = issue.code === 'invalid_type' && issue.input === undefined;
  if (missing && issue.path.length === 0)
    return 'the answers document is empty: write a JSON object such as {"version": 1, "regions": [...]}';
  if (missing) return `${String(issue.path[issue.path.length - 1])} is required`;
  if (issue.code === 'invalid_value' && issue.path[0] === 'version' && issue.input === undefined) {
    return 'version is required: add "version": 1';
  }
  return issue.message;
}

/** One line per problem, `path: message`, for the command line and alerts. */
export function formatProblems(problems: readonly FieldProblem[]): string {
  return problems.map((problem) => (problem.path ? `${problem.path}: ${problem.message}` : problem.message)).join('\n');
}
