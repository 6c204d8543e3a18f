/** A date as YYYY-MM-DD (the decision record's `date`), before its day is checked against the calendar. */
export const DATE_PATTERN = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/**
 * Whether `text` is YYYY-MM-DD and names a day the calendar has (`2026-02-31` does not; `2028-02-29` does).
 * `Date.parse` alone is no check: it rolls 2026-02-31 over to 3 March.
 */
export function isCalendarDate(text: string): boolean {
  if (!DATE_PATTERN.test(text)) return false;
  const [year, month, day] = text.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
