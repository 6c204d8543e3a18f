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
