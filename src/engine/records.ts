/**
 * Records keyed by region id that no id can break: a plain object answers `constructor` or `toString` from its
 * prototype, and assigning `__proto__` replaces the prototype instead of storing a value. These objects have no
 * prototype, so every key is the answers' own (issue 22: ids `__proto__`, `constructor`, `toString`, `valueOf`).
 */
export function recordFrom<Value>(entries: Iterable<readonly [string, Value]>): Record<string, Value> {
  const record: Record<string, Value> = Object.create(null);
  for (const [key, value] of entries) record[key] = value;
  return record;
}

/** The value stored under `key` itself, never one inherited from a prototype. */
export function ownValue<Value>(record: Readonly<Record<string, Value>> | undefined, key: string): Value | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}
