/**
 * A backing service (file storage, Redis, a payment or e-mail API) did not answer.
 * The request itself was fine and can be retried once the service is back, so the
 * client gets a 503 with a message naming what is down instead of Medusa's opaque 500.
 */
export const SERVICE_UNAVAILABLE = "service_unavailable"

export class ServiceUnavailableError extends Error {
  readonly type = SERVICE_UNAVAILABLE

  constructor(message: string, readonly cause?: unknown) {
    super(message)
    this.name = "ServiceUnavailableError"
  }
}

/**
 * True for a `ServiceUnavailableError`, also after a workflow engine serialized it
 * (then only `type` and `message` survive).
 */
export function isServiceUnavailable(error: unknown): error is { type: string; message: string } {
  if (typeof error !== "object" || error === null) {
    return false
  }
  const { type, message } = error as { type?: unknown; message?: unknown }
  return type === SERVICE_UNAVAILABLE && typeof message === "string"
}
