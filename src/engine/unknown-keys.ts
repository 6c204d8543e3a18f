// Strict answers documents: a key the schema does not know is a problem, named with the nearest known key, so a
// misspelled `latencyTolerancMs` is refused instead of silently taking the default. The known keys are read from the
// schema itself at run time, so a field added to the schema is known here at once.
import type { z } from 'zod/mini';

/** The parts of a zod schema's definition this walk reads (zod's own `_zod.def`). */
interface SchemaDef {
  readonly type: string;
  readonly shape?: Readonly<Record<string, SchemaNode>>;
  readonly innerType?: SchemaNode;
  readonly element?: SchemaNode;
  readonly in?: SchemaNode;
  readonly options?: readonly SchemaNode[];
}
interface SchemaNode {
  readonly _zod: { readonly def: SchemaDef };
}

/** What an unknown key's problem carries, so another language can say the same sentence. */
export interface UnknownKeyDetail {
  readonly kind: 'unknown-key';
  readonly key: string;
  /** The known key nearest to it in spelling, when one is near enough to be the one meant. */
  readonly suggestion?: string;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The object schemas a schema stands for once optional, default and pipe wrappers are taken off. */
function objectShapes(node: SchemaNode): Readonly<Record<string, SchemaNode>>[] {
  const def = node._zod.def;
  if (def.type === 'object' && def.shape) return [def.shape];
  if (def.options) return def.options.flatMap(objectShapes);
  const inner = def.innerType ?? def.in;
  return inner ? objectShapes(inner) : [];
}

function arrayElement(node: SchemaNode): SchemaNode | undefined {
  const def = node._zod.def;
  if (def.type === 'array') return def.element;
  const inner = def.innerType ?? def.in;
  return inner ? arrayElement(inner) : undefined;
}

/**
 * Edit distance with transpositions (optimal string alignment), case-insensitive: `sitekind` is 0 from `siteKind`,
 * `latencyTolerancMs` 1 from `latencyToleranceMs`.
 */
function editDistance(a: string, b: string): number {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  const rows: number[][] = Array.from({ length: s.length + 1 }, (_, i) =>
    Array.from({ length: t.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= s.length; i++) {
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      const row = rows[i] as number[];
      const above = rows[i - 1] as number[];
      let best = Math.min((above[j] as number) + 1, (row[j - 1] as number) + 1, (above[j - 1] as number) + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) {
        best = Math.min(best, ((rows[i - 2] as number[])[j - 2] as number) + 1);
      }
      row[j] = best;
    }
  }
  return (rows[s.length] as number[])[t.length] as number;
}

/**
 * The known key a misspelling most likely meant: the nearest within a third of its length (at least one edit). The
 * team's judgement: near enough to be a typo, far enough not to offer `lat` for `lng`.
 */
export function nearestKnownKey(key: string, known: readonly string[]): string | undefined {
  let best: { key: string; distance: number } | undefined;
  for (const candidate of known) {
    const distance = editDistance(key, candidate);
    if (best === undefined || distance < best.distance) best = { key: candidate, distance };
  }
  if (best === undefined) return undefined;
  const allowed = Math.max(1, Math.floor(key.length / 3));
  return best.distance <= allowed ? best.key : undefined;
}

/** The English sentence for an unknown key; answers-problems-zh-cn.ts says it in Chinese from the same detail. */
export function describeUnknownKey({ key, suggestion }: UnknownKeyDetail, known: readonly string[]): string {
  if (suggestion !== undefined) return `unknown key "${key}": did you mean "${suggestion}"?`;
  return `unknown key "${key}": remove it or check its spelling (the keys here are ${known.map((name) => `"${name}"`).join(', ')})`;
}

/**
 * Every key of `input` that `schema` does not declare, at any depth (regions, jurisdictions, latencies, the decision,
 * priorities), as custom zod issues placed at the unknown key's own path, with `UnknownKeyDetail` as their params.
 * Keys are compared as own properties, so `__proto__` or `constructor` in a document are plain unknown keys.
 */
export function findUnknownKeys(schema: z.core.$ZodType, input: unknown): z.core.$ZodIssueCustom[] {
  const issues: z.core.$ZodIssueCustom[] = [];
  const visit = (node: SchemaNode, value: unknown, path: PropertyKey[]): void => {
    if (Array.isArray(value)) {
      const element = arrayElement(node);
      if (element) {
        value.forEach((item, index) => {
          visit(element, item, [...path, index]);
        });
      }
      return;
    }
    if (!isRecord(value)) return;
    const shapes = objectShapes(node);
    if (shapes.length === 0) return;
    const known = [...new Set(shapes.flatMap((shape) => Object.keys(shape)))];
    for (const key of Object.keys(value)) {
      const child = shapes.find((shape) => Object.hasOwn(shape, key))?.[key];
      if (child) {
        visit(child, value[key], [...path, key]);
        continue;
      }
      const suggestion = nearestKnownKey(key, known);
      const detail: UnknownKeyDetail =
        suggestion === undefined ? { kind: 'unknown-key', key } : { kind: 'unknown-key', key, suggestion };
      issues.push({
        code: 'custom',
        path: [...path, key],
        message: describeUnknownKey(detail, known),
        input: value[key],
        params: detail,
      });
    }
  };
  visit(schema as unknown as SchemaNode, input, []);
  return issues;
}
