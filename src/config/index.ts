import { Env } from "./env-reader"
import { readSeedCredentials, SeedCredentials } from "./env"

export { ConfigError } from "./errors"
export { buildMedusaConfig } from "./medusa-config"
export type { MarketplaceEnv, SeedCredentials } from "./env"

/**
 * The demo credentials for the seed script, which runs outside the app's modules
 * (`medusa exec`). Everything the app itself needs reaches it as module options.
 */
export function seedCredentials(env: Env = process.env): SeedCredentials {
  return readSeedCredentials(env)
}
