import type { InputConfigWithArrayModules } from "@medusajs/framework/types"
import { Env } from "./env-reader"
import { MarketplaceEnv, readMarketplaceEnv } from "./env"
import {
  buildInfrastructureModules,
  ModuleEntry,
  REDIS_WAITING_CLIENT_OPTIONS,
} from "./infrastructure-modules"
import { marketplaceModules } from "./marketplace-modules"

/** The object handed to `defineConfig` in medusa-config.ts. */
export function buildMedusaConfig(env: Env): InputConfigWithArrayModules {
  const config = readMarketplaceEnv(env)
  return {
    projectConfig: {
      databaseUrl: config.databaseUrl,
      redisUrl: config.redisUrl,
      // The session store's client (docs/infrastructure.md, "Redis outage").
      redisOptions: config.redisUrl ? REDIS_WAITING_CLIENT_OPTIONS : undefined,
      workerMode: config.workerMode,
      // A production server behind no TLS (a LAN, a local trial) needs a cookie that is not Secure.
      ...(config.http.sessionCookieSecure === undefined
        ? {}
        : { cookieOptions: { secure: config.http.sessionCookieSecure } }),
      http: {
        jwtSecret: config.http.jwtSecret,
        cookieSecret: config.http.cookieSecret,
        storeCors: config.http.storeCors,
        adminCors: config.http.adminCors,
        authCors: config.http.authCors,
      },
    },
    admin: {
      disable: config.adminDisabled,
      // The dashboard is served by this backend: "/" makes it call the origin it was opened
      // at (localhost, 127.0.0.1, a LAN name...), never another origin it would need CORS for.
      backendUrl: "/",
    },
    featureFlags: { caching: config.caching.provider !== "off" },
    modules: buildModules(config),
  }
}

export function buildModules(config: MarketplaceEnv): ModuleEntry[] {
  return [...buildInfrastructureModules(config), ...marketplaceModules(config)]
}
