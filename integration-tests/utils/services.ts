export type TestService = "redis" | "memcached"

/** Why the service is unavailable, or null when the global setup reached it. */
export function serviceUnavailable(service: TestService): string | null {
  const state = process.env[`TEST_SERVICE_${service.toUpperCase()}`]
  if (state === "up") {
    return null
  }
  return state ?? "not probed (run through `npm test`)"
}

/**
 * `describe` when the service answers, otherwise a skipped block whose name says
 * why. With CI=true the global setup has already failed the run instead.
 */
export function describeWithService(
  service: TestService,
  name: string,
  body: () => void
): void {
  const reason = serviceUnavailable(service)
  if (reason) {
    describe.skip(`${name} (skipped: ${reason})`, body)
  } else {
    describe(name, body)
  }
}

/** The URL of a service the global setup reached; only call inside describeWithService. */
export function serviceUrl(service: TestService): string {
  const variable =
    service === "redis" ? "TEST_REDIS_URL" : "TEST_MEMCACHED_SERVERS"
  const value = process.env[variable]
  if (!value) {
    throw new Error(
      `${variable} is not set; use describeWithService("${service}", ...)`
    )
  }
  return value
}
