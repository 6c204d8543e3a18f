import type { AnswersProblemDetail } from './problem-detail';

/** A problem of an answers document as a message catalog words it: the schema's message, its field and its kind. */
export interface FieldProblemInput {
  /** The schema's English sentence ("clusters must be at least 1"). */
  readonly message: string;
  /** The last named key of the path (`problemField`): 'clusters', 'lat', 'latencyToleranceMs', 'singlePane', ... */
  readonly field: string;
  /** zod's issue code: 'invalid_type', 'too_small', 'too_big', 'custom', ... */
  readonly code: string;
  /** For a problem across fields: what it is, with the figures the English message names. */
  readonly detail?: AnswersProblemDetail | undefined;
}

/**
 * The field a problem is on, as `FieldProblemInput.field`: the last named key of its path. The form's paths
 * (`regions.2.lat`) and the engine's (`regions[2].lat`) are both on 'lat'. A jurisdiction's keys are named with
 * their list ('jurisdictions.id'), since a region has an `id` and a `name` too.
 */
export function problemField(path: readonly PropertyKey[] | string): string {
  const keys = (typeof path === 'string' ? path.split(/[.[\]]/) : path.map(String)).filter(
    (key) => key !== '' && !/^\d+$/.test(key) && key !== 'root',
  );
  const last = keys.at(-1) ?? '';
  return keys[0] === 'jurisdictions' && keys.length > 1 ? `jurisdictions.${last}` : last;
}
