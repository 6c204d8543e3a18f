/**
 * What a record keyed by region id holds for that id itself: undefined when the record has no such own key, never a
 * value inherited from Object.prototype. A custom site may be called `constructor`, `toString` or `__proto__`, and
 * `record[id]` would then read a function or the prototype, which charts and sentences turn into NaN.
 */
export function ownValue<T>(record: Readonly<Record<string, T>> | undefined, id: string): T | undefined {
  return record !== undefined && Object.hasOwn(record, id) ? record[id] : undefined;
}
