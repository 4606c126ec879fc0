import type {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import type { ConfigModule } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import Redis from "ioredis"
import { redisReconnectDelay } from "../../config/infrastructure-modules"
import {
  REDIS_UNAVAILABLE_MESSAGE,
  ServiceUnavailableError,
} from "./service-unavailable"

/**
 * Whether the Redis servers the app uses are reachable, from connections of its own that
 * send no command: a server counts as down from the moment its connection drops until it
 * is back (reconnection every 0.5 s at most). A server never reached yet counts as up:
 * the modules' own clients answer for it.
 */
export class RedisAvailability {
  private readonly down = new Set<string>()
  private readonly clients: Redis[]

  constructor(urls: string[]) {
    this.clients = urls.map((url) => {
      const client = new Redis(url, {
        connectionName: "marketplace-availability",
        enableOfflineQueue: false,
        retryStrategy: redisReconnectDelay,
      })
      client.on("ready", () => this.down.delete(url))
      client.on("close", () => this.down.add(url))
      // Reconnection is automatic; requests report the outage.
      client.on("error", () => undefined)
      return client
    })
  }

  isDown(): boolean {
    return this.down.size > 0
  }

  close(): void {
    this.clients.forEach((client) => client.disconnect())
  }
}

/**
 * Every Redis server the loaded configuration uses: the session store's and each
 * `redisUrl` in the modules' options (event bus, workflow engine, locking and caching
 * providers, cache), once each.
 */
export function redisUrlsOfConfig(config: {
  projectConfig?: { redisUrl?: string }
  /** By key once loaded; the list medusa-config.ts declares works too. */
  modules?: Record<string, unknown> | unknown[]
}): string[] {
  const urls = new Set<string>()
  const collect = (value: unknown) => {
    if (Array.isArray(value)) {
      value.forEach(collect)
    } else if (value && typeof value === "object") {
      for (const [key, nested] of Object.entries(value)) {
        if (key === "redisUrl" && typeof nested === "string" && nested) {
          urls.add(nested)
        } else {
          collect(nested)
        }
      }
    }
  }
  if (config.projectConfig?.redisUrl) {
    urls.add(config.projectConfig.redisUrl)
  }
  for (const declaration of Object.values(config.modules ?? {})) {
    if (
      declaration &&
      typeof declaration === "object" &&
      "options" in declaration
    ) {
      collect(declaration.options)
    }
  }
  return [...urls]
}

let availability: RedisAvailability | undefined

/** Created on the first request, from the configuration the app loaded. */
function redisAvailability(req: MedusaRequest): RedisAvailability {
  availability ??= new RedisAvailability(
    redisUrlsOfConfig(
      req.scope.resolve<ConfigModule>(ContainerRegistrationKeys.CONFIG_MODULE)
    )
  )
  return availability
}

const READS = new Set(["GET", "HEAD", "OPTIONS"])

/**
 * Answers a write 503 while Redis is down, before it starts a workflow. Writes need Redis
 * for locks, workflow checkpoints and events, and Medusa 2.21.2 abandons a workflow
 * without compensating it when a checkpoint cannot be saved, so a write must either not
 * start or wait for Redis. Writes already running wait for it (docs/infrastructure.md,
 * "Redis outage"); reads go on (the cache falls back to the database).
 */
export function rejectWritesWhileRedisIsDown(
  req: MedusaRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  if (READS.has(req.method) || !redisAvailability(req).isDown()) {
    return next()
  }
  next(new ServiceUnavailableError(REDIS_UNAVAILABLE_MESSAGE))
}
