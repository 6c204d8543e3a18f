import type { UnknownKeyDetail } from './unknown-keys';

// Apart from answers.ts so the first page load can read a problem's detail without loading the schema (zod).

/**
 * What a problem found across fields is, with the figures its sentence names, so another language can say
 * the same sentence (the schema's own messages are English).
 */
export type AnswersProblemDetail =
  | { readonly kind: 'duplicate-region'; readonly regionId: string; readonly firstIndex: number }
  | { readonly kind: 'custom-site-needs'; readonly regionId: string; readonly field: 'name' | 'lat' | 'lon' }
  | { readonly kind: 'nodes-below-clusters'; readonly nodes: number; readonly clusters: number }
  | { readonly kind: 'unknown-jurisdiction'; readonly jurisdiction: string }
  | { readonly kind: 'duplicate-jurisdiction'; readonly jurisdiction: string; readonly firstIndex: number }
  | { readonly kind: 'empty-jurisdiction'; readonly jurisdiction: string }
  | { readonly kind: 'unknown-hub'; readonly regionId: string }
  | { readonly kind: 'edge-hub'; readonly regionId: string }
  | { readonly kind: 'mainland-china-hub'; readonly regionId: string }
  | {
      readonly kind: 'unconnected-hub';
      readonly regionId: string;
      readonly connectivity: 'intermittent' | 'air-gapped';
    }
  | { readonly kind: 'unknown-latency-end'; readonly regionId: string }
  | { readonly kind: 'same-latency-ends'; readonly regionId: string }
  | {
      readonly kind: 'duplicate-latency-pair';
      readonly from: string;
      readonly to: string;
      readonly firstIndex: number;
    }
  | { readonly kind: 'cluster-kinds-exceed'; readonly counted: number; readonly clusters: number }
  | { readonly kind: 'strict-without-inside'; readonly jurisdiction: string }
  | {
      readonly kind: 'unknown-location';
      readonly location: string;
      /** The same text in capitals when that is a country code ("de" -> "DE"). */
      readonly suggestion: string | null;
    }
  | {
      readonly kind: 'below-fibre-floor';
      readonly ms: number;
      readonly from: string;
      readonly to: string;
      /** Great-circle distance, rounded to whole km. */
      readonly distanceKm: number;
      /** The least round trip light in fibre allows over that distance, rounded up to 0.1 ms. */
      readonly floorMs: number;
    }
  | UnknownKeyDetail;

/** The detail the schema's own checks attach to a custom issue (answers.ts). */
export function toProblemDetail(params: unknown): AnswersProblemDetail | undefined {
  return typeof params === 'object' && params !== null && 'kind' in params
    ? (params as AnswersProblemDetail)
    : undefined;
}
