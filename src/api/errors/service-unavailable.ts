/**
 * A backing service (file storage, Redis, a payment or e-mail API) did not answer.
 * The request itself was fine and can be retried once the service is back, so the
 * client gets a 503 with a message naming what is down instead of Medusa's opaque 500.
 */
export const SERVICE_UNAVAILABLE = "service_unavailable"

export class ServiceUnavailableError extends Error {
  readonly type = SERVICE_UNAVAILABLE

  constructor(
    message: string,
    readonly cause?: unknown
  ) {
    super(message)
    this.name = "ServiceUnavailableError"
  }
}

/**
 * True for a `ServiceUnavailableError`, also after a workflow engine serialized it
 * (then only `type` and `message` survive).
 */
export function isServiceUnavailable(
  error: unknown
): error is { type: string; message: string } {
  if (typeof error !== "object" || error === null) {
    return false
  }
  const { type, message } = error as { type?: unknown; message?: unknown }
  return type === SERVICE_UNAVAILABLE && typeof message === "string"
}

export const REDIS_UNAVAILABLE_MESSAGE =
  "Redis (events, workflows, locks, cache) is unavailable; retry the request in a moment."

/**
 * What ioredis (used by every Medusa Redis module, and by BullMQ under the event bus and
 * the workflow engine) rejects a command with when Redis cannot be reached:
 * - `Connection is closed.` — the connection ended with the command pending, or was closed;
 * - `Reached the max retries per request limit (which is N)…` — `MaxRetriesPerRequestError`,
 *   the command waited through N reconnection attempts;
 * - `Stream isn't writeable and enableOfflineQueue options is false` — sent while disconnected;
 * - `Command timed out` — `commandTimeout` passed without an answer;
 * - `Redis connection failed: connect ECONNREFUSED …` — workflow-engine-redis failing to reconnect.
 */
const REDIS_CONNECTION_MESSAGES = [
  /^Connection is closed\.$/,
  /^Reached the max retries per request limit \(which is \d+\)/,
  /^Stream isn't writeable and enableOfflineQueue options is false$/,
  /^Command timed out$/,
  /^Redis connection failed: /,
]
const REDIS_CONNECTION_ERROR_NAMES = ["MaxRetriesPerRequestError"]

/**
 * True for an ioredis error meaning Redis is unreachable, matched by class name and
 * message so it is also recognised after a workflow serialized it into `{ name, message }`.
 */
export function isRedisUnavailable(error: unknown): boolean {
  if (typeof error !== "object" || error === null) {
    return false
  }
  const { name, message } = error as { name?: unknown; message?: unknown }
  if (typeof name === "string" && REDIS_CONNECTION_ERROR_NAMES.includes(name)) {
    return true
  }
  return (
    typeof message === "string" &&
    REDIS_CONNECTION_MESSAGES.some((pattern) => pattern.test(message))
  )
}

/**
 * The service-unavailable error `error` stands for: itself when it already is one, a
 * `ServiceUnavailableError` naming Redis for an ioredis connection error, else undefined.
 */
export function asServiceUnavailable(
  error: unknown
): { type: string; message: string } | undefined {
  if (isServiceUnavailable(error)) {
    return error
  }
  if (isRedisUnavailable(error)) {
    return new ServiceUnavailableError(REDIS_UNAVAILABLE_MESSAGE, error)
  }
  return undefined
}
