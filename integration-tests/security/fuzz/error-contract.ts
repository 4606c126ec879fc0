import type { RawResponse } from "./send"

/** A V8 stack frame, a source path of this machine or a dependency: none may reach a client. */
const INTERNALS = [
  /\n\s+at .+:\d+:\d+/,
  /\bat (?:async )?[\w.<>]+ \(/,
  /node_modules/,
  /\/work\/main\//,
  /\.ts:\d+/,
]

/**
 * Why a response breaks the HTTP contract, or null: never a 5xx, and every 4xx is JSON
 * with string `type` and `message` (Medusa's error body) and no stack or source path.
 */
export function contractViolation(response: RawResponse): string | null {
  if (response.status >= 500) {
    return `answered ${response.status}: ${response.text.slice(0, 500)}`
  }
  if (response.status < 400) {
    return null
  }
  let body: unknown
  try {
    body = JSON.parse(response.text)
  } catch {
    return `answered ${response.status} with a body that is not JSON: ${response.text.slice(0, 200)}`
  }
  const { type, message } = (body ?? {}) as {
    type?: unknown
    message?: unknown
  }
  if (typeof type !== "string" || typeof message !== "string") {
    return `answered ${response.status} without string type and message: ${response.text.slice(0, 300)}`
  }
  if (typeof body === "object" && body !== null && "stack" in body) {
    return `answered ${response.status} with a stack: ${response.text.slice(0, 300)}`
  }
  const leak = INTERNALS.find((pattern) => pattern.test(response.text))
  if (leak) {
    return `answered ${response.status} with internals (${leak}): ${response.text.slice(0, 300)}`
  }
  return null
}
