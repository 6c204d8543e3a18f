import { z } from 'zod/mini';
import {
  CLUSTERS_RANGE,
  CONNECTIVITY_KINDS,
  DECISION_STATUSES,
  DEFAULT_LATENCY_TOLERANCE_MS,
  DEFAULT_OPS_ENGINEERS,
  DEFAULT_PRIORITY,
  EXPECTED_CLUSTERS_RANGE,
  LATENCY_TOLERANCE_RANGE_MS,
  LATITUDE_RANGE,
  LONGITUDE_RANGE,
  MAX_ALLOWED_LOCATIONS,
  MAX_DECISION_TITLE_CHARS,
  MAX_JURISDICTION_ID_CHARS,
  MAX_JURISDICTIONS,
  MAX_MEASURED_LATENCIES,
  MAX_NAME_CHARS,
  MAX_NAMES_PER_ROLE,
  MAX_PERSON_NAME_CHARS,
  MAX_REGION_ID_CHARS,
  MAX_REGIONS,
  MEASURED_RTT_RANGE_MS,
  NODES_PER_CLUSTER_RANGE,
  NODES_RANGE,
  OPS_ENGINEERS_RANGE,
  type PRIORITY_KEYS,
  PRIORITY_RANGE,
  PROVISIONED_PERCENT_RANGE,
  SITE_KINDS,
} from './answer-limits';
import { checkHub, checkJurisdictions, checkLatencies, checkRegions, UNKNOWN_REGION_CODE } from './answers-checks';
import { DATE_PATTERN, isCalendarDate } from './calendar-date';
import { clusterKindsSchema } from './cluster-kinds-schema';
import { type AnswersProblemDetail, toProblemDetail } from './problem-detail';
import { findUnknownKeys } from './unknown-keys';

export { UNKNOWN_REGION_CODE } from './answers-checks';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const priority = (what: string) => {
  const { min, max } = PRIORITY_RANGE;
  const wholeNumber = `${what} must be a whole number from ${min} (does not matter) to ${max} (must have)`;
  return z._default(
    z
      .number({ error: wholeNumber })
      .check(
        z.int({ error: wholeNumber }),
        z.gte(min, { error: `${what} must be at least ${min} (does not matter)` }),
        z.lte(max, { error: `${what} must be at most ${max} (must have)` }),
      ),
    DEFAULT_PRIORITY,
  );
};

const latitudeBetween = `latitude must be between ${LATITUDE_RANGE.min} and ${LATITUDE_RANGE.max} degrees`;
const longitudeBetween = `longitude must be between ${LONGITUDE_RANGE.min} and ${LONGITUDE_RANGE.max} degrees`;

export const regionAnswerSchema = z.object({
  id: z
    .string({ error: 'region id must be a text such as "aws:eu-west-1" or a name of your own for a custom site' })
    .check(
      z.trim(),
      z.minLength(1, { error: 'region id must not be empty' }),
      z.maxLength(MAX_REGION_ID_CHARS, { error: `region id must be at most ${MAX_REGION_ID_CHARS} characters` }),
    ),
  name: z.optional(
    z
      .string({ error: 'name must be text' })
      .check(
        z.trim(),
        z.minLength(1, { error: 'name must not be empty' }),
        z.maxLength(MAX_NAME_CHARS, { error: `name must be at most ${MAX_NAME_CHARS} characters` }),
      ),
  ),
  lat: z.optional(
    z
      .number({ error: `latitude must be a number from ${LATITUDE_RANGE.min} to ${LATITUDE_RANGE.max}` })
      .check(
        z.gte(LATITUDE_RANGE.min, { error: latitudeBetween }),
        z.lte(LATITUDE_RANGE.max, { error: latitudeBetween }),
      ),
  ),
  lon: z.optional(
    z
      .number({ error: `longitude must be a number from ${LONGITUDE_RANGE.min} to ${LONGITUDE_RANGE.max}` })
      .check(
        z.gte(LONGITUDE_RANGE.min, { error: longitudeBetween }),
        z.lte(LONGITUDE_RANGE.max, { error: longitudeBetween }),
      ),
  ),
  clusters: z._default(
    z
      .number({ error: `clusters must be a whole number from ${CLUSTERS_RANGE.min} to ${CLUSTERS_RANGE.max}` })
      .check(
        z.int({ error: `clusters must be a whole number from ${CLUSTERS_RANGE.min} to ${CLUSTERS_RANGE.max}` }),
        z.gte(CLUSTERS_RANGE.min, { error: `clusters must be at least ${CLUSTERS_RANGE.min}` }),
        z.lte(CLUSTERS_RANGE.max, { error: `clusters must be at most ${CLUSTERS_RANGE.max}` }),
      ),
    CLUSTERS_RANGE.min,
  ),
  siteKind: z.optional(z.enum(SITE_KINDS, { error: 'siteKind must be "cloud", "datacenter" or "edge"' })),
  connectivity: z.optional(
    z.enum(CONNECTIVITY_KINDS, { error: 'connectivity must be "connected", "intermittent" or "air-gapped"' }),
  ),
  nodes: z.optional(
    z
      .number({ error: `nodes must be a whole number from ${NODES_RANGE.min} to ${NODES_RANGE.max}` })
      .check(
        z.int({ error: `nodes must be a whole number from ${NODES_RANGE.min} to ${NODES_RANGE.max}` }),
        z.gte(NODES_RANGE.min, { error: `nodes must be at least ${NODES_RANGE.min}` }),
        z.lte(NODES_RANGE.max, { error: `nodes must be at most ${NODES_RANGE.max}` }),
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
      z.maxLength(MAX_PERSON_NAME_CHARS, { error: `${what} must be at most ${MAX_PERSON_NAME_CHARS} characters` }),
    );
const personList = (what: string) =>
  z.optional(
    z
      .array(personName(`each of ${what}`), { error: `${what} must be a list of names` })
      .check(z.maxLength(MAX_NAMES_PER_ROLE, { error: `${what} must list at most ${MAX_NAMES_PER_ROLE} names` })),
  );

export const jurisdictionSchema = z.object({
  id: z.string({ error: 'jurisdiction id must be text such as "eu"' }).check(
    z.trim(),
    z.minLength(1, { error: 'jurisdiction id must not be empty' }),
    z.maxLength(MAX_JURISDICTION_ID_CHARS, {
      error: `jurisdiction id must be at most ${MAX_JURISDICTION_ID_CHARS} characters`,
    }),
  ),
  name: z
    .string({ error: 'jurisdiction name must be text' })
    .check(
      z.trim(),
      z.minLength(1, { error: 'jurisdiction name must not be empty' }),
      z.maxLength(MAX_NAME_CHARS, { error: `jurisdiction name must be at most ${MAX_NAME_CHARS} characters` }),
    ),
  keepManagementInside: z.optional(z.boolean({ error: 'keepManagementInside must be true or false' })),
  planesManageOnlyInside: z.optional(z.boolean({ error: 'planesManageOnlyInside must be true or false' })),
  allowedLocations: z.optional(
    z
      .array(
        z.string({ error: 'each of allowedLocations must be a country code such as "DE" or a region id' }).check(
          z.trim(),
          z.minLength(1, { error: 'each of allowedLocations must not be empty' }),
          z.maxLength(MAX_REGION_ID_CHARS, {
            error: `each of allowedLocations must be at most ${MAX_REGION_ID_CHARS} characters`,
          }),
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
    .number({
      error: `ms must be a number of milliseconds from ${MEASURED_RTT_RANGE_MS.min} to ${MEASURED_RTT_RANGE_MS.max}`,
    })
    .check(
      z.gte(MEASURED_RTT_RANGE_MS.min, { error: `ms must be at least ${MEASURED_RTT_RANGE_MS.min}` }),
      z.lte(MEASURED_RTT_RANGE_MS.max, { error: `ms must be at most ${MEASURED_RTT_RANGE_MS.max}` }),
    ),
});

export const decisionSchema = z.object({
  title: z.optional(
    z.string({ error: 'title must be text' }).check(
      z.trim(),
      z.minLength(1, { error: 'title must not be empty' }),
      z.maxLength(MAX_DECISION_TITLE_CHARS, {
        error: `title must be at most ${MAX_DECISION_TITLE_CHARS} characters`,
      }),
    ),
  ),
  status: z.optional(
    z.enum(DECISION_STATUSES, {
      error: 'status must be "proposed", "accepted", "rejected", "deprecated" or "superseded"',
    }),
  ),
  date: z.optional(
    z.string({ error: 'date must be a date written YYYY-MM-DD' }).check(
      z.regex(DATE_PATTERN, { error: 'date must be a date written YYYY-MM-DD' }),
      z.refine(isCalendarDate, {
        error: (issue) => `date must be a day of the calendar: ${String(issue.input)} does not exist`,
      }),
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
          .number({
            error: `latency tolerance must be a number of milliseconds from ${LATENCY_TOLERANCE_RANGE_MS.min} to ${LATENCY_TOLERANCE_RANGE_MS.max}`,
          })
          .check(
            z.gte(LATENCY_TOLERANCE_RANGE_MS.min, {
              error: `latency tolerance must be at least ${LATENCY_TOLERANCE_RANGE_MS.min} ms`,
            }),
            z.lte(LATENCY_TOLERANCE_RANGE_MS.max, {
              error: `latency tolerance must be at most ${LATENCY_TOLERANCE_RANGE_MS.max} ms`,
            }),
          ),
        DEFAULT_LATENCY_TOLERANCE_MS,
      ),
      opsEngineers: z._default(
        z
          .number({
            error: `operations engineers must be a number from ${OPS_ENGINEERS_RANGE.min} to ${OPS_ENGINEERS_RANGE.max}`,
          })
          .check(
            z.gte(OPS_ENGINEERS_RANGE.min, {
              error: `operations engineers must be at least ${OPS_ENGINEERS_RANGE.min}`,
            }),
            z.lte(OPS_ENGINEERS_RANGE.max, {
              error: `operations engineers must be at most ${OPS_ENGINEERS_RANGE.max}`,
            }),
          ),
        DEFAULT_OPS_ENGINEERS,
      ),
      nodesPerCluster: z.optional(
        z
          .number({
            error: `nodesPerCluster must be a number from ${NODES_PER_CLUSTER_RANGE.min} to ${NODES_PER_CLUSTER_RANGE.max}`,
          })
          .check(
            z.gte(NODES_PER_CLUSTER_RANGE.min, {
              error: `nodesPerCluster must be at least ${NODES_PER_CLUSTER_RANGE.min}`,
            }),
            z.lte(NODES_PER_CLUSTER_RANGE.max, {
              error: `nodesPerCluster must be at most ${NODES_PER_CLUSTER_RANGE.max}`,
            }),
          ),
      ),
      provisionedPercent: z.optional(
        z
          .number({
            error: `provisionedPercent must be a number from ${PROVISIONED_PERCENT_RANGE.min} to ${PROVISIONED_PERCENT_RANGE.max}`,
          })
          .check(
            z.gte(PROVISIONED_PERCENT_RANGE.min, {
              error: `provisionedPercent must be at least ${PROVISIONED_PERCENT_RANGE.min}`,
            }),
            z.lte(PROVISIONED_PERCENT_RANGE.max, {
              error: `provisionedPercent must be at most ${PROVISIONED_PERCENT_RANGE.max}`,
            }),
          ),
      ),
      clustersInTwoYears: z.optional(
        z
          .number({
            error: `clustersInTwoYears must be a whole number from ${EXPECTED_CLUSTERS_RANGE.min} to ${EXPECTED_CLUSTERS_RANGE.max}`,
          })
          .check(
            z.int({
              error: `clustersInTwoYears must be a whole number from ${EXPECTED_CLUSTERS_RANGE.min} to ${EXPECTED_CLUSTERS_RANGE.max}`,
            }),
            z.gte(EXPECTED_CLUSTERS_RANGE.min, {
              error: `clustersInTwoYears must be at least ${EXPECTED_CLUSTERS_RANGE.min}`,
            }),
            z.lte(EXPECTED_CLUSTERS_RANGE.max, {
              error: `clustersInTwoYears must be at most ${EXPECTED_CLUSTERS_RANGE.max}`,
            }),
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
        // Exactly PRIORITY_KEYS: a priority added to the schema and not to the list (or the other way) fails here.
        {
          singlePane: DEFAULT_PRIORITY,
          multiClusterApps: DEFAULT_PRIORITY,
          faultIsolation: DEFAULT_PRIORITY,
          independentUpgrades: DEFAULT_PRIORITY,
        } satisfies Record<(typeof PRIORITY_KEYS)[number], number>,
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
  const unknownKeys = findUnknownKeys(answersSchema, input);
  if (result.success && unknownKeys.length === 0) return { ok: true, value: result.data };
  const issues = result.success ? unknownKeys : [...result.error.issues, ...unknownKeys];
  const problems = issues.sort(inDocumentOrder).map((issue): FieldProblem => {
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
