/**
 * Raised for a missing or contradictory environment value. Its message is the
 * single line printed before the process exits, so it always names the variable.
 */
export class ConfigError extends Error {
  constructor(
    public readonly variable: string,
    expectation: string
  ) {
    super(`Invalid configuration: ${variable} ${expectation}`)
    this.name = "ConfigError"
  }
}
