/**
 * A date as its JSON answer carries it (what `res.json` makes of a Date), for answers
 * built from service or workflow results, where a date may be a Date or, once a workflow
 * engine stored it, already a string.
 */
export function jsonDate(value: Date | string): string {
  return new Date(value).toISOString()
}

export function jsonDateOrNull(
  value: Date | string | null | undefined
): string | null {
  return value == null ? null : jsonDate(value)
}
