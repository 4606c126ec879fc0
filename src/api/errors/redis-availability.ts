import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import Redis from "ioredis"
import { readMarketplaceEnv } from "../../config/env"
import { redisReconnectDelay, redisUrlsOf } from "../../config/infrastructure-modules"
import { REDIS_UNAVAILABLE_MESSAGE, ServiceUnavailableError } from "./service-unavailable"

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

let availability: RedisAvailability | undefined

function redisAvailability(): RedisAvailability {
  availability ??= new RedisAvailability(redisUrlsOf(readMarketplaceEnv(process.env)))
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
export function rejectWritesWhileRedisIsDown(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  if (READS.has(req.method) || !redisAvailability().isDown()) {
    return next()
  }
  next(new ServiceUnavailableError(REDIS_UNAVAILABLE_MESSAGE))
}
