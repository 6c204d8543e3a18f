// Reading fields of JSON a CLI printed: nothing in it is trusted to have the type its documentation gives.

export type JsonRecord = Readonly<Record<string, unknown>>;

export const isRecord = (value: unknown): value is JsonRecord =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The record at `value[key]`, or undefined. */
export const recordAt = (value: unknown, key: string): JsonRecord | undefined => {
  const field = isRecord(value) ? value[key] : undefined;
  return isRecord(field) ? field : undefined;
};

/** Non-empty text at `value[key]` (trimmed), or undefined. */
export const textAt = (value: unknown, key: string): string | undefined => {
  const field = isRecord(value) ? value[key] : undefined;
  return typeof field === 'string' && field.trim() !== '' ? field.trim() : undefined;
};

/** The array at `value[key]`, or undefined. */
export const arrayAt = (value: unknown, key: string): readonly unknown[] | undefined => {
  const field = isRecord(value) ? value[key] : undefined;
  return Array.isArray(field) ? field : undefined;
};

/** A whole count of 0 or more: a JSON number, or digits in a string (some CLIs print 64-bit integers so). */
export const countAt = (value: unknown, key: string): number | undefined => {
  const field = isRecord(value) ? value[key] : undefined;
  const number = typeof field === 'string' && /^\d+$/.test(field.trim()) ? Number(field) : field;
  return typeof number === 'number' && Number.isSafeInteger(number) && number >= 0 ? number : undefined;
};

/** The sum of the counts that are given; undefined when none is. */
export function sumOfCounts(values: readonly (number | undefined)[]): number | undefined {
  const known = values.filter((value): value is number => value !== undefined);
  return known.length === 0 ? undefined : known.reduce((sum, value) => sum + value, 0);
}
