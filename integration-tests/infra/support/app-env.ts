/**
 * medusaIntegrationTestRunner loads medusa-config before it applies its own `env`, so
 * variables that choose providers must already be in process.env when the suite starts.
 * Call at the top of a spec file; the previous values come back after the suite.
 */
export function appEnv(env: Record<string, string>): Record<string, string> {
  const previous = new Map<string, string | undefined>()
  for (const [name, value] of Object.entries(env)) {
    previous.set(name, process.env[name])
    process.env[name] = value
  }
  afterAll(() => {
    for (const [name, value] of previous) {
      if (value === undefined) {
        delete process.env[name]
      } else {
        process.env[name] = value
      }
    }
  })
  return env
}
