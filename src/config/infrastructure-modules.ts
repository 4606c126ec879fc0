import { Modules } from "@medusajs/framework/utils"
import type {
  AnalyticsConfig,
  CacheModuleConfig,
  CachingConfig,
  EmailConfig,
  EventBusConfig,
  FileConfig,
  LockingConfig,
  MarketplaceEnv,
  PaymentConfig,
  WorkflowEngineConfig,
} from "./env"

export type ModuleEntry = {
  key: string
  resolve: string
  options?: Record<string, unknown>
}

type ProviderEntry = {
  resolve: string
  id: string
  is_default?: boolean
  options?: Record<string, unknown>
}

/** Own providers live in src/providers; paths are relative to the project root. */
export const OWN_PROVIDERS = {
  cachingMemcached: "./src/providers/caching-memcached",
  fileS3: "./src/providers/file-s3",
  lockingPostgres: "./src/providers/locking-postgres",
  notificationSendgrid: "./src/providers/notification-sendgrid",
  notificationResend: "./src/providers/notification-resend",
  notificationSlack: "./src/providers/notification-slack",
  paymentStripe: "./src/providers/payment-stripe",
  payoutManual: "./src/providers/payout-manual",
  payoutStripeConnect: "./src/providers/payout-stripe-connect",
} as const

/**
 * With Redis a subscriber that throws is retried (3 attempts, 1 s then 2 s); subscribers
 * that already succeeded are not run again (stable subscriberIds), and every marketplace
 * subscriber is idempotent, so a retry never doubles a notification or a ledger entry.
 */
export const EVENT_RETRIES = {
  attempts: 3,
  backoff: { type: "exponential", delay: 1000 },
}

/** Reconnect quickly once Redis is back: after 100 ms, 200 ms, ... then every 500 ms. */
export function redisReconnectDelay(attempt: number): number {
  return Math.min(attempt * 100, 500)
}

/**
 * ioredis options of the connections that serve workflows: locking, the workflow engine's
 * storage and pub/sub, the deprecated cache, the session store. While Redis is down a
 * command waits through 29 reconnection attempts (about 14 s) and then fails with
 * `MaxRetriesPerRequestError` (a 503). Waiting, rather than failing at once, is what keeps a
 * running workflow whole through a short outage (docs/infrastructure.md, "Redis outage").
 */
export const REDIS_WAITING_CLIENT_OPTIONS = {
  maxRetriesPerRequest: 29,
  retryStrategy: redisReconnectDelay,
}

/**
 * The Caching Module's Redis client gives up after one reconnection attempt: a failed
 * cache read is a miss (the provider falls back to the database), so waiting gains nothing.
 */
export const REDIS_CACHE_CLIENT_OPTIONS = {
  maxRetriesPerRequest: 1,
  retryStrategy: redisReconnectDelay,
}

export function eventBusModule(config: EventBusConfig): ModuleEntry {
  if (config.provider === "redis") {
    return {
      key: Modules.EVENT_BUS,
      resolve: "@medusajs/medusa/event-bus-redis",
      options: {
        redisUrl: config.url,
        jobOptions: EVENT_RETRIES,
        // BullMQ needs `maxRetriesPerRequest: null` (the module sets it): commands wait for Redis.
        redisOptions: { retryStrategy: redisReconnectDelay },
      },
    }
  }
  return { key: Modules.EVENT_BUS, resolve: "@medusajs/medusa/event-bus-local" }
}

export function workflowEngineModule(
  config: WorkflowEngineConfig
): ModuleEntry {
  if (config.provider === "redis") {
    return {
      key: Modules.WORKFLOW_ENGINE,
      resolve: "@medusajs/medusa/workflow-engine-redis",
      options: {
        redis: {
          redisUrl: config.url,
          redisOptions: REDIS_WAITING_CLIENT_OPTIONS,
        },
      },
    }
  }
  return {
    key: Modules.WORKFLOW_ENGINE,
    resolve: "@medusajs/medusa/workflow-engine-inmemory",
  }
}

/** The Caching Module (feature flag `caching`); `off` leaves it out entirely. */
export function cachingModule(config: CachingConfig): ModuleEntry | undefined {
  switch (config.provider) {
    case "off":
      return undefined
    case "memory":
      return {
        key: Modules.CACHING,
        resolve: "@medusajs/medusa/caching",
        options: { ttl: config.ttl, in_memory: { enable: true } },
      }
    case "redis":
      return cachingWith(config.ttl, {
        resolve: "@medusajs/medusa/caching-redis",
        id: "caching-redis",
        is_default: true,
        options: {
          redisUrl: config.url,
          redisOptions: REDIS_CACHE_CLIENT_OPTIONS,
        },
      })
    case "memcached":
      return cachingWith(config.ttl, {
        resolve: OWN_PROVIDERS.cachingMemcached,
        id: "caching-memcached",
        is_default: true,
        options: { servers: config.servers },
      })
  }
}

function cachingWith(ttl: number, provider: ProviderEntry): ModuleEntry {
  return {
    key: Modules.CACHING,
    resolve: "@medusajs/medusa/caching",
    options: { ttl, providers: [provider] },
  }
}

/** The deprecated Cache Module, kept for operators not yet on the Caching Module. */
export function cacheModule(config: CacheModuleConfig): ModuleEntry {
  if (config.provider === "redis") {
    return {
      key: Modules.CACHE,
      resolve: "@medusajs/medusa/cache-redis",
      options: {
        redisUrl: config.url,
        ttl: config.ttl,
        redisOptions: REDIS_WAITING_CLIENT_OPTIONS,
      },
    }
  }
  return { key: Modules.CACHE, resolve: "@medusajs/medusa/cache-inmemory" }
}

/** In-memory locking is the module's built-in default provider, so it needs no entry. */
export function lockingModule(config: LockingConfig): ModuleEntry {
  const providers: ProviderEntry[] = []
  if (config.provider === "redis") {
    providers.push({
      resolve: "@medusajs/medusa/locking-redis",
      id: "locking-redis",
      is_default: true,
      options: {
        redisUrl: config.url,
        redisOptions: REDIS_WAITING_CLIENT_OPTIONS,
      },
    })
  } else if (config.provider === "postgres") {
    providers.push({
      resolve: OWN_PROVIDERS.lockingPostgres,
      id: "locking-postgres",
      is_default: true,
    })
  }
  return {
    key: Modules.LOCKING,
    resolve: "@medusajs/medusa/locking",
    options: { providers },
  }
}

/**
 * The AWS SDK's default ("legacy") client has no timeouts: a storage that accepts the
 * connection but never answers would hold an upload request forever. A connection must
 * open within 3 s and an established one may stay silent for at most 5 s (inactivity, so
 * a large upload that keeps sending is not cut off); one retry. An unreachable storage
 * thus fails an upload within about 11 s, a refused connection at once (503, see
 * src/api/vendor/uploads/storage-unavailable.ts).
 */
export const S3_CLIENT_LIMITS = {
  maxAttempts: 2,
  requestHandler: { connectionTimeout: 3_000, socketTimeout: 5_000 },
}

export function fileModule(config: FileConfig): ModuleEntry {
  const provider: ProviderEntry =
    config.provider === "local"
      ? {
          resolve: "@medusajs/medusa/file-local",
          id: "local",
          options: {
            upload_dir: config.uploadDir,
            backend_url: config.backendUrl,
          },
        }
      : {
          resolve: OWN_PROVIDERS.fileS3,
          id: "s3",
          options: {
            file_url: config.fileUrl,
            bucket: config.bucket,
            region: config.region,
            endpoint: config.endpoint,
            access_key_id: config.accessKeyId,
            secret_access_key: config.secretAccessKey,
            prefix: config.prefix,
            // S3-compatible servers (MinIO, s3rver) reject the CRC checksums the
            // AWS SDK sends by default; only send them when an operation needs one.
            additional_client_config: {
              forcePathStyle: config.forcePathStyle,
              requestChecksumCalculation: "WHEN_REQUIRED",
              responseChecksumValidation: "WHEN_REQUIRED",
              ...S3_CLIENT_LIMITS,
            },
          },
        }
  return {
    key: Modules.FILE,
    resolve: "@medusajs/medusa/file",
    options: { providers: [provider] },
  }
}

/**
 * `feed` is always served by the local provider (sellers and admins read it);
 * `email` by the configured email provider; `slack` only when a webhook is set.
 */
export function notificationModule(
  email: EmailConfig,
  slack: MarketplaceEnv["slack"]
): ModuleEntry {
  const providers: ProviderEntry[] = [
    {
      resolve: "@medusajs/medusa/notification-local",
      id: "local-feed",
      options: { channels: ["feed"] },
    },
    emailProvider(email),
  ]
  if (slack) {
    providers.push({
      resolve: OWN_PROVIDERS.notificationSlack,
      id: "slack",
      options: { channels: ["slack"], webhook_url: slack.webhookUrl },
    })
  }
  return {
    key: Modules.NOTIFICATION,
    resolve: "@medusajs/medusa/notification",
    options: { providers },
  }
}

function emailProvider(email: EmailConfig): ProviderEntry {
  switch (email.provider) {
    case "local":
      return {
        resolve: "@medusajs/medusa/notification-local",
        id: "local-email",
        options: { channels: ["email"] },
      }
    case "sendgrid":
      return {
        resolve: OWN_PROVIDERS.notificationSendgrid,
        id: "sendgrid",
        options: {
          channels: ["email"],
          api_key: email.apiKey,
          from: email.from,
          api_url: email.apiUrl,
        },
      }
    case "resend":
      return {
        resolve: OWN_PROVIDERS.notificationResend,
        id: "resend",
        options: {
          channels: ["email"],
          api_key: email.apiKey,
          from: email.from,
          api_url: email.apiUrl,
        },
      }
  }
}

export function analyticsModule(config: AnalyticsConfig): ModuleEntry {
  const provider: ProviderEntry =
    config.provider === "posthog"
      ? {
          resolve: "@medusajs/medusa/analytics-posthog",
          id: "posthog",
          options: {
            posthogEventsKey: config.apiKey,
            posthogHost: config.host,
          },
        }
      : { resolve: "@medusajs/medusa/analytics-local", id: "local" }
  return {
    key: Modules.ANALYTICS,
    resolve: "@medusajs/medusa/analytics",
    options: { providers: [provider] },
  }
}

/**
 * The Payment Module with Medusa's Stripe provider (`pp_stripe_stripe`) next to the system
 * provider Medusa always registers; with PAYMENT_PROVIDER=system Medusa's default module is kept.
 */
export function paymentModule(config: PaymentConfig): ModuleEntry | undefined {
  if (config.provider !== "stripe") {
    return undefined
  }
  const provider: ProviderEntry = {
    resolve: OWN_PROVIDERS.paymentStripe,
    id: "stripe",
    options: {
      apiKey: config.apiKey,
      apiBase: config.apiBase,
      webhookSecret: config.webhookSecret,
      capture: config.capture === "automatic",
    },
  }
  return {
    key: Modules.PAYMENT,
    resolve: "@medusajs/medusa/payment",
    options: { providers: [provider] },
  }
}

/** Every infrastructure module entry for the parsed environment, in a stable order. */
export function buildInfrastructureModules(env: MarketplaceEnv): ModuleEntry[] {
  return [
    eventBusModule(env.eventBus),
    workflowEngineModule(env.workflowEngine),
    cacheModule(env.cacheModule),
    cachingModule(env.caching),
    lockingModule(env.locking),
    fileModule(env.file),
    notificationModule(env.email, env.slack),
    analyticsModule(env.analytics),
    paymentModule(env.payment),
  ].filter((entry): entry is ModuleEntry => entry !== undefined)
}
