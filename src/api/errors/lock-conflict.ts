import { MedusaError } from "@medusajs/framework/utils"

/**
 * What the Locking Module's providers throw when a lock stays taken past the
 * caller's timeout. Redis already throws a `conflict` MedusaError; the in-memory
 * and PostgreSQL providers throw plain Errors, which Medusa's error handler turns
 * into a 500:
 * - `Failed to acquire lock for key "<key>"` (in-memory and postgres `acquire`,
 *   what `acquireLockStep` rethrows once its timeout passed),
 * - `"<key>" is already locked.` (postgres, two inserts of the same key racing),
 * - `Timed-out acquiring lock.` (in-memory and postgres `execute`).
 */
const LOCK_TIMEOUT_MESSAGES = [
  /^Failed to acquire lock for key "[^"]*"$/,
  /^"[^"]*" is already locked\.$/,
  /^Timed-out acquiring lock\.$/,
]

export function isLockTimeout(error: unknown): boolean {
  if (typeof error !== "object" || error === null) {
    return false
  }
  const { message, type } = error as { message?: unknown; type?: unknown }
  if (type === MedusaError.Types.CONFLICT || typeof message !== "string") {
    return false
  }
  return LOCK_TIMEOUT_MESSAGES.some((pattern) => pattern.test(message))
}

/**
 * A lock held by someone else, whichever provider said so: the plain errors above, or the
 * `conflict` MedusaError Redis locking throws with the same messages (which `isLockTimeout`
 * leaves alone, being a 409 already). The reconciler defers such an item to its next run.
 */
export function isLockHeld(error: unknown): boolean {
  if (isLockTimeout(error)) {
    return true
  }
  if (typeof error !== "object" || error === null) {
    return false
  }
  const { message, type } = error as { message?: unknown; type?: unknown }
  return (
    type === MedusaError.Types.CONFLICT &&
    typeof message === "string" &&
    LOCK_TIMEOUT_MESSAGES.some((pattern) => pattern.test(message))
  )
}

/** A lock timeout as the `conflict` error Redis locking throws, so every provider answers 409. */
export function asLockConflict(error: unknown): unknown {
  if (!isLockTimeout(error)) {
    return error
  }
  return new MedusaError(
    MedusaError.Types.CONFLICT,
    "The resource is being changed by another request. Retry the request."
  )
}
