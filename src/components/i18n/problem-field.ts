/**
 * The field a problem is on, as `FieldProblemInput.field`: the last named key of its path. The form's paths
 * (`regions.2.lat`) and the engine's (`regions[2].lat`) are both on 'lat'.
 */
export function problemField(path: readonly PropertyKey[] | string): string {
  const keys = typeof path === 'string' ? path.split(/[.[\]]/) : path.map(String);
  return keys.filter((key) => key !== '' && !/^\d+$/.test(key) && key !== 'root').at(-1) ?? '';
}
