import { ServiceUnavailableError } from "../../errors/service-unavailable"

/** Node's codes for a connection that could not be opened or broke off. */
const NETWORK_ERROR_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ECONNABORTED",
  "EPIPE",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ENOTFOUND",
  "EAI_AGAIN",
])

/**
 * The SDK replaces a thrown value that is not `instanceof Error` — a Node network error
 * from another JavaScript realm, as under Jest's VM — by a new Error carrying only its
 * text, so the code survives only there.
 */
const SDK_WRAPPED_NETWORK_ERROR = new RegExp(
  `^AWS SDK error wrapper for .*\\b(${[...NETWORK_ERROR_CODES].join("|")})\\b`
)

type StorageError = {
  code?: unknown
  name?: unknown
  message?: unknown
  $metadata?: { httpStatusCode?: unknown }
}

/**
 * Whether the File Module failed because its storage did not answer: a network error, the
 * S3 client's timeout (`TimeoutError`) or a 5xx from the storage — not a refused request
 * (a 4xx, a bad file name), which stays the error it is. Works on the plain object a
 * workflow makes of an error as well (it keeps `code`, `name` and the SDK's `$metadata`).
 */
export function isStorageOutage(error: unknown): boolean {
  if (typeof error !== "object" || error === null) {
    return false
  }
  const { code, name, message, $metadata } = error as StorageError
  if (typeof code === "string" && NETWORK_ERROR_CODES.has(code)) {
    return true
  }
  if (typeof message === "string" && SDK_WRAPPED_NETWORK_ERROR.test(message)) {
    return true
  }
  if (name === "TimeoutError") {
    return true
  }
  const status = $metadata?.httpStatusCode
  return typeof status === "number" && status >= 500
}

/** Runs a File Module call, answering a storage outage with a 503 that says so. */
export async function withFileStorage<T>(
  action: () => Promise<T>,
  failed: string
): Promise<T> {
  try {
    return await action()
  } catch (error) {
    if (isStorageOutage(error)) {
      throw new ServiceUnavailableError(
        `File storage is unavailable: ${failed}. Please try again later.`
      )
    }
    throw error
  }
}
