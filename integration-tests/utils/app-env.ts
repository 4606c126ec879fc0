/**
 * Sets environment variables for the app a spec boots. medusaIntegrationTestRunner reads
 * medusa-config before it applies its own `env`, so provider choices must already be in
 * process.env: call this before medusaIntegrationTestRunner, so its beforeAll runs first.
 * `env` may start servers (S3, loopback APIs) and return the variables pointing at them.
 */
export function withAppEnv(
  env: () => Record<string, string> | Promise<Record<string, string>>
): void {
  const previous: Record<string, string | undefined> = {}
  beforeAll(async () => {
    for (const [key, value] of Object.entries(await env())) {
      previous[key] = process.env[key]
      process.env[key] = value
    }
  })
  afterAll(() => {
    for (const [key, value] of Object.entries(previous)) {
      if (value === undefined) {
        delete process.env[key]
      } else {
        process.env[key] = value
      }
    }
  })
}
