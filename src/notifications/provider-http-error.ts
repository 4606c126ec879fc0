import { MedusaError } from "@medusajs/framework/utils"

/** Bounds every call to a third-party notification API. */
export const PROVIDER_HTTP_TIMEOUT_MS = 10_000

/**
 * The error a provider throws for a non-2xx answer. Medusa's Notification Module catches
 * it, stores the notification with status `failure` and reports it to the caller of
 * `createNotifications` (see src/notifications/send-notifications.ts for callers that
 * must not fail).
 */
export async function providerHttpError(
  provider: string,
  response: Response
): Promise<MedusaError> {
  const body = (await response.text().catch(() => "")).slice(0, 500)
  return new MedusaError(
    MedusaError.Types.UNEXPECTED_STATE,
    `${provider} answered HTTP ${response.status}${body ? `: ${body}` : ""}`
  )
}

/** Checks an optional base URL option, returning it without a trailing slash. */
export function baseUrlOption(
  provider: string,
  name: string,
  value: unknown,
  fallback: string
): string {
  const url =
    value === undefined || value === null || value === "" ? fallback : value
  if (typeof url !== "string" || !/^https?:\/\//.test(url)) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `[${provider}] option \`${name}\` must be an http(s) URL`
    )
  }
  return url.replace(/\/+$/, "")
}

export function requiredOption(
  provider: string,
  name: string,
  value: unknown
): string {
  if (typeof value !== "string" || !value.trim()) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `[${provider}] option \`${name}\` is required`
    )
  }
  return value
}
