import { Env } from "./env-reader"
import { MarketplaceEnv, readMarketplaceEnv } from "./env"

export { ConfigError } from "./errors"
export { buildMedusaConfig } from "./medusa-config"
export type { MarketplaceEnv } from "./env"

let cached: MarketplaceEnv | undefined

/** The parsed environment for code that runs inside the app (workflows, jobs, routes). */
export function marketplaceEnv(env: Env = process.env): MarketplaceEnv {
  if (env !== process.env) {
    return readMarketplaceEnv(env)
  }
  cached ??= readMarketplaceEnv(env)
  return cached
}
