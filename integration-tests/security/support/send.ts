import type { AxiosInstance } from "axios"
import type { Headers } from "../../utils/sellers"
import type { HttpMethod } from "./route-tree"

export type Answer = { status: number; body: unknown }

/** One request whatever its status (axios throws on 4xx/5xx by default). */
export async function send(
  api: AxiosInstance,
  method: HttpMethod,
  url: string,
  options: {
    body?: unknown
    as?: Headers | null
    params?: Record<string, string>
  } = {}
): Promise<Answer> {
  const response = await api.request({
    method,
    url,
    data: options.body,
    params: options.params,
    headers: options.as?.headers ?? {},
    validateStatus: () => true,
  })
  return { status: response.status, body: response.data }
}

/**
 * Medusa's error body: `{ type, message }` (a `code` may come along). Medusa's own
 * authentication of /admin answers `{ message }` without a type, so `typed` is optional there.
 */
export function isErrorBody(body: unknown, { typed = true } = {}): boolean {
  if (!body || typeof body !== "object" || Array.isArray(body)) {
    return false
  }
  const keys = Object.keys(body)
  const { type, message } = body as { type?: unknown; message?: unknown }
  return (
    keys.every((key) => ["type", "message", "code"].includes(key)) &&
    typeof message === "string" &&
    (typed
      ? typeof type === "string"
      : type === undefined || typeof type === "string")
  )
}
