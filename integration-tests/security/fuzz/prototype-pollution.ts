/** Keys a polluting body would plant on Object.prototype (see pollutingObject). */
const PROBES = ["polluted", "isAdmin", "seller_id", "status"]

/**
 * The probe keys every object now inherits, removed again so one finding does not
 * cascade. The app runs in this process (inApp), so its Object.prototype is this one.
 */
export function takePollution(): string[] {
  const probe: Record<string, unknown> = {}
  const found = PROBES.filter((key) => probe[key] !== undefined)
  for (const key of found) {
    delete (Object.prototype as Record<string, unknown>)[key]
  }
  return found
}
