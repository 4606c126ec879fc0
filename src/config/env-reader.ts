import { ConfigError } from "./errors"

export type Env = Record<string, string | undefined>

/** Typed accessors over an environment object; every failure names its variable. */
export class EnvReader {
  constructor(private readonly env: Env) {}

  string(name: string): string | undefined {
    const value = this.env[name]?.trim()
    return value ? value : undefined
  }

  required(name: string, why: string): string {
    const value = this.string(name)
    if (!value) {
      throw new ConfigError(name, `is required ${why}`)
    }
    return value
  }

  oneOf<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
    const value = this.string(name)?.toLowerCase()
    if (value === undefined) {
      return fallback
    }
    if (!(allowed as readonly string[]).includes(value)) {
      throw new ConfigError(
        name,
        `must be one of ${allowed.join(" | ")} (got "${value}")`
      )
    }
    return value as T
  }

  number(
    name: string,
    fallback: number,
    {
      min = -Infinity,
      integer = false,
    }: { min?: number; integer?: boolean } = {}
  ): number {
    const raw = this.string(name)
    if (raw === undefined) {
      return fallback
    }
    const value = Number(raw)
    if (
      !Number.isFinite(value) ||
      value < min ||
      (integer && !Number.isInteger(value))
    ) {
      const kind = integer ? "an integer" : "a number"
      throw new ConfigError(name, `must be ${kind} >= ${min} (got "${raw}")`)
    }
    return value
  }

  boolean(name: string, fallback: boolean): boolean {
    const value = this.string(name)?.toLowerCase()
    if (value === undefined) {
      return fallback
    }
    if (["true", "1", "yes"].includes(value)) {
      return true
    }
    if (["false", "0", "no"].includes(value)) {
      return false
    }
    throw new ConfigError(name, `must be true or false (got "${value}")`)
  }

  url(name: string, fallback?: string): string | undefined {
    const value = this.string(name) ?? fallback
    if (value === undefined) {
      return undefined
    }
    try {
      new URL(value)
    } catch {
      throw new ConfigError(name, `must be a URL (got "${value}")`)
    }
    return value
  }
}
