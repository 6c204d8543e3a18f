import { z } from 'zod/mini';
import {
  DEFAULT_LATENCY_TOLERANCE_MS,
  DEFAULT_OPS_ENGINEERS,
  DEFAULT_PRIORITY,
  MAX_CLUSTERS_PER_REGION,
  MAX_REGIONS,
} from './answer-limits';
import { findCatalogRegion, regionCatalog } from './regions/catalog';

/** The catalog's providers ("aws", "azure", ...): an id with one of them before its colon means a catalog region. */
const CATALOG_PROVIDERS: ReadonlySet<string> = new Set(regionCatalog.map((region) => region.provider));

/** The `code` of the problem "this looks like a catalog id, but the catalog has no such region". */
export const UNKNOWN_REGION_CODE = 'unknown_region';

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
    // Runs even when other fields have problems (zod skips checks after one by default), so a file with several
    // problems gets them all named at once. It reads the regions defensively: their own problems are reported.
    z.superRefine(
      (answers, ctx) => {
        const seen = new Map<string, number>();
        (answers.regions as unknown[]).forEach((region, index) => {
          if (!isRecord(region) || typeof region.id !== 'string') return;
          const id = region.id.trim();
          const first = seen.get(id);
          if (first !== undefined) {
            ctx.addIssue({
              code: 'custom',
              path: ['regions', index, 'id'],
              message: `duplicate region id "${id}" (already used by regions[${first}]); list each region once and add up its clusters`,
              input: id,
            });
          } else {
            seen.set(id, index);
          }
          if (findCatalogRegion(id)) return;
          // A custom site may be called anything, "aws:lab" too, once it says where it is; an incomplete one whose id
          // looks like a catalog id was meant as a cloud region, and that is what to say.
          const [provider, code] = id.split(':', 2);
          const incomplete = region.name === undefined || region.lat === undefined || region.lon === undefined;
          if (incomplete && code !== undefined && provider !== undefined && CATALOG_PROVIDERS.has(provider)) {
            ctx.addIssue({
              code: 'custom',
              path: ['regions', index, 'id'],
              message: `unknown region id "${id}": the catalog has no ${provider} region "${code}" (check the spelling; a custom site takes an id without a provider prefix, and a name, lat and lon)`,
              input: id,
              params: { code: UNKNOWN_REGION_CODE },
            });
            return;
          }
          // Not in the catalog: a custom site, which must say where it is.
          const hint = `"${id}" is not a catalog region, so it is read as a custom site`;
          if (region.name === undefined) {
            ctx.addIssue({
              code: 'custom',
              path: ['regions', index, 'name'],
              message: `name is required for a custom site (${hint}; check the id's spelling if you meant a cloud region)`,
              input: region,
            });
          }
          for (const coordinate of ['lat', 'lon'] as const) {
            if (region[coordinate] === undefined) {
              ctx.addIssue({
                code: 'custom',
                path: ['regions', index, coordinate],
                message: `${coordinate === 'lat' ? 'latitude' : 'longitude'} is required for a custom site (${hint})`,
                input: region,
              });
            }
          }
        });
      },
      { when: (payload) => isRecord(payload.value) && Array.isArray(payload.value.regions) },
    ),
  );

/** A valid answers document with every default filled in. */
export type Answers = z.infer<typeof answersSchema>;
/** What a person or script may write: defaults may be left out. */
export type AnswersInput = z.input<typeof answersSchema>;
export type RegionAnswer = Answers['regions'][number];
export type PriorityKey = keyof Answers['priorities'];

export interface FieldProblem {
  /** Where the problem is, as `regions[2].lat`; empty for the document itself. */
  readonly path: string;
  /** In English; `code` lets another language say the same. */
  readonly message: string;
  /** zod's kind of problem ('too_small', 'invalid_type', 'custom', ...). */
  readonly code?: string;
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
  const problems = [...result.error.issues].sort(inDocumentOrder).map((issue) => ({
    path: formatFieldPath(issue.path),
    message: describeIssue(issue),
    code: issue.code === 'custom' && issue.params?.code === UNKNOWN_REGION_CODE ? UNKNOWN_REGION_CODE : issue.code,
  }));
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
];
const REGION_FIELD_ORDER = ['id', 'name', 'lat', 'lon', 'clusters'];

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
