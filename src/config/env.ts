import { DEFAULT_RECONCILE_SETTINGS } from "../modules/order-group/settings"
import { DEFAULT_PAYOUT_SETTINGS } from "../modules/payout/settings"
import { DEFAULT_REVIEW_SETTINGS } from "../modules/review/settings"
import { DEFAULT_SELLER_SETTINGS } from "../modules/seller/settings"
import { ConfigError } from "./errors"
import { Env, EnvReader } from "./env-reader"

export const DEFAULT_SECRET = "supersecret"

export type WorkerMode = "shared" | "server" | "worker"
export type EventBusConfig =
  { provider: "local" } | { provider: "redis"; url: string }
export type WorkflowEngineConfig =
  { provider: "inmemory" } | { provider: "redis"; url: string }
export type CachingConfig =
  | { provider: "off" }
  | { provider: "memory"; ttl: number }
  | { provider: "redis"; url: string; ttl: number }
  | { provider: "memcached"; servers: string; ttl: number }
export type CacheModuleConfig =
  { provider: "inmemory" } | { provider: "redis"; url: string; ttl: number }
export type LockingConfig =
  | { provider: "memory" }
  | { provider: "redis"; url: string }
  | { provider: "postgres" }
export type FileConfig =
  | { provider: "local"; uploadDir: string; backendUrl: string }
  | {
      provider: "s3"
      bucket: string
      region: string
      endpoint?: string
      accessKeyId?: string
      secretAccessKey?: string
      fileUrl: string
      forcePathStyle: boolean
      prefix?: string
    }
export type EmailConfig =
  | { provider: "local" }
  | { provider: "sendgrid"; apiKey: string; from: string; apiUrl?: string }
  | { provider: "resend"; apiKey: string; from: string; apiUrl?: string }
export type AnalyticsConfig =
  { provider: "local" } | { provider: "posthog"; apiKey: string; host?: string }
export type PaymentConfig =
  | { provider: "system" }
  | {
      provider: "stripe"
      apiKey: string
      apiBase?: string
      webhookSecret: string
      /** manual: the admin's order-group capture takes the money; automatic: at authorization. */
      capture: "manual" | "automatic"
    }
export type PayoutConfig = {
  provider: "manual" | "stripe-connect"
  schedule: string
  holdDays: number
  minimum: number
  /** Seconds after which a worker resumes a payout run whose process died (docs/payouts.md). */
  resumeAfterSeconds: number
  stripe?: { apiKey: string; apiBase?: string; webhookSecret?: string }
}

export type ReconcileConfig = {
  schedule: string
  staleAfterSeconds: number
}

export type SeedCredentials = {
  adminEmail: string
  adminPassword: string
  sellerPassword: string
}

export type MarketplaceEnv = {
  nodeEnv: string
  isProduction: boolean
  databaseUrl?: string
  /** Redis for the HTTP session store; falls back to an in-process fake when unset. */
  redisUrl?: string
  backendUrl: string
  workerMode: WorkerMode
  adminDisabled: boolean
  http: {
    jwtSecret: string
    cookieSecret: string
    storeCors: string
    adminCors: string
    authCors: string
    vendorCors: string
    /** Overrides Medusa's session cookie `Secure` flag (Secure in production); undefined keeps it. */
    sessionCookieSecure?: boolean
  }
  eventBus: EventBusConfig
  workflowEngine: WorkflowEngineConfig
  caching: CachingConfig
  cacheModule: CacheModuleConfig
  locking: LockingConfig
  file: FileConfig
  email: EmailConfig
  slack?: { webhookUrl: string }
  analytics: AnalyticsConfig
  /** The customers' payment provider (docs/payments.md). */
  payment: PaymentConfig
  /** Demo credentials `npm run dev` seeds (src/scripts/seed.ts). */
  seed: SeedCredentials
  marketplace: {
    sellerApproval: "manual" | "auto"
    productApproval: "manual" | "auto"
    defaultCommissionPercent: number
    reviewModeration: "auto" | "manual"
    payout: PayoutConfig
    reconcile: ReconcileConfig
    uploads: { maxBytes: number; allowedTypes: string[] }
  }
}

const LOCAL_CORS =
  "http://localhost:8000,http://localhost:5173,http://localhost:9000"

/**
 * Reads every variable of `.env.template` once. A variable that selects a
 * provider falls back to Redis when `REDIS_URL` is set, so one URL moves an
 * installation from in-process providers to shared ones.
 */
export function readMarketplaceEnv(env: Env): MarketplaceEnv {
  const read = new EnvReader(env)
  const nodeEnv = read.string("NODE_ENV") ?? "development"
  const isProduction = nodeEnv === "production"
  const redisUrl = read.url("REDIS_URL")

  const databaseUrl = read.url("DATABASE_URL")
  if (isProduction && !databaseUrl) {
    throw new ConfigError(
      "DATABASE_URL",
      "is required when NODE_ENV=production"
    )
  }

  const backendUrl = read.url("MEDUSA_BACKEND_URL", "http://localhost:9000")!
  const workerMode = read.oneOf<WorkerMode>(
    "MEDUSA_WORKER_MODE",
    ["shared", "server", "worker"],
    "shared"
  )

  return {
    nodeEnv,
    isProduction,
    databaseUrl,
    redisUrl,
    backendUrl,
    workerMode,
    adminDisabled: read.boolean(
      "DISABLE_MEDUSA_ADMIN",
      workerMode === "worker"
    ),
    http: readHttp(read, isProduction),
    eventBus: readRedisChoice(
      read,
      "EVENT_BUS",
      "local",
      "EVENTS_REDIS_URL",
      redisUrl
    ),
    workflowEngine: readRedisChoice(
      read,
      "WORKFLOW_ENGINE",
      "inmemory",
      "WORKFLOW_REDIS_URL",
      redisUrl
    ),
    caching: readCaching(read, redisUrl),
    cacheModule: readCacheModule(read, redisUrl),
    locking: readLocking(read, redisUrl),
    file: readFile(read, backendUrl),
    email: readEmail(read),
    slack: readSlack(read),
    analytics: readAnalytics(read),
    payment: readPayment(read),
    seed: readSeedCredentials(env),
    marketplace: {
      sellerApproval: read.oneOf(
        "SELLER_APPROVAL",
        ["manual", "auto"],
        "manual"
      ),
      productApproval: read.oneOf(
        "PRODUCT_APPROVAL",
        ["manual", "auto"],
        "manual"
      ),
      defaultCommissionPercent: readPercent(read),
      reviewModeration: read.oneOf(
        "REVIEW_MODERATION",
        ["auto", "manual"],
        DEFAULT_REVIEW_SETTINGS.moderation
      ),
      payout: readPayout(read),
      reconcile: readReconcile(read),
      uploads: {
        maxBytes: read.number(
          "UPLOAD_MAX_BYTES",
          DEFAULT_SELLER_SETTINGS.uploads.maxBytes,
          { min: 1, integer: true }
        ),
        allowedTypes: (
          read.string("UPLOAD_ALLOWED_TYPES") ??
          DEFAULT_SELLER_SETTINGS.uploads.allowedTypes.join(",")
        )
          .split(",")
          .map((type) => type.trim().toLowerCase())
          .filter(Boolean),
      },
    },
  }
}

function readHttp(
  read: EnvReader,
  isProduction: boolean
): MarketplaceEnv["http"] {
  const secret = (name: string) => {
    const value = read.string(name)
    if (isProduction && (!value || value === DEFAULT_SECRET)) {
      throw new ConfigError(
        name,
        "must be set to a non-default secret when NODE_ENV=production"
      )
    }
    return value ?? DEFAULT_SECRET
  }
  return {
    jwtSecret: secret("JWT_SECRET"),
    cookieSecret: secret("COOKIE_SECRET"),
    storeCors: read.string("STORE_CORS") ?? LOCAL_CORS,
    adminCors: read.string("ADMIN_CORS") ?? LOCAL_CORS,
    authCors: read.string("AUTH_CORS") ?? LOCAL_CORS,
    vendorCors: read.string("VENDOR_CORS") ?? LOCAL_CORS,
    sessionCookieSecure: read.string("SESSION_COOKIE_SECURE")
      ? read.boolean("SESSION_COOKIE_SECURE", isProduction)
      : undefined,
  }
}

function readRedisChoice<Local extends string>(
  read: EnvReader,
  name: string,
  local: Local,
  urlName: string,
  redisUrl: string | undefined
): { provider: Local } | { provider: "redis"; url: string } {
  const url = read.url(urlName) ?? redisUrl
  const provider = read.oneOf<Local | "redis">(
    name,
    [local, "redis"],
    url ? "redis" : local
  )
  if (provider !== "redis") {
    return { provider: provider as Local }
  }
  if (!url) {
    throw new ConfigError(
      name,
      `is redis but neither ${urlName} nor REDIS_URL is set`
    )
  }
  return { provider: "redis", url }
}

function readCaching(
  read: EnvReader,
  redisUrl: string | undefined
): CachingConfig {
  const url = read.url("CACHE_REDIS_URL") ?? redisUrl
  const servers = read.string("MEMCACHED_SERVERS")
  const provider = read.oneOf(
    "CACHING",
    ["memory", "redis", "memcached", "off"] as const,
    url ? "redis" : "memory"
  )
  const ttl = read.number("CACHE_TTL", 3600, { min: 1, integer: true })
  switch (provider) {
    case "off":
      return { provider }
    case "memory":
      return { provider, ttl }
    case "redis":
      if (!url) {
        throw new ConfigError(
          "CACHING",
          "is redis but neither CACHE_REDIS_URL nor REDIS_URL is set"
        )
      }
      return { provider, url, ttl }
    case "memcached":
      if (!servers) {
        throw new ConfigError(
          "CACHING",
          "is memcached but MEMCACHED_SERVERS is not set"
        )
      }
      return { provider, servers, ttl }
  }
}

function readCacheModule(
  read: EnvReader,
  redisUrl: string | undefined
): CacheModuleConfig {
  // Like every other infrastructure module, Redis once a URL is set: replicas then share
  // what Medusa caches there; an explicit CACHE_MODULE still wins.
  const url = read.url("CACHE_REDIS_URL") ?? redisUrl
  const provider = read.oneOf(
    "CACHE_MODULE",
    ["inmemory", "redis"] as const,
    url ? "redis" : "inmemory"
  )
  if (provider === "inmemory") {
    return { provider }
  }
  if (!url) {
    throw new ConfigError(
      "CACHE_MODULE",
      "is redis but neither CACHE_REDIS_URL nor REDIS_URL is set"
    )
  }
  return {
    provider,
    url,
    ttl: read.number("CACHE_TTL", 3600, { min: 1, integer: true }),
  }
}

function readLocking(
  read: EnvReader,
  redisUrl: string | undefined
): LockingConfig {
  const url = read.url("LOCKING_REDIS_URL") ?? redisUrl
  const provider = read.oneOf(
    "LOCKING",
    ["memory", "redis", "postgres"] as const,
    url ? "redis" : "memory"
  )
  if (provider !== "redis") {
    return { provider }
  }
  if (!url) {
    throw new ConfigError(
      "LOCKING",
      "is redis but neither LOCKING_REDIS_URL nor REDIS_URL is set"
    )
  }
  return { provider, url }
}

function readFile(read: EnvReader, backendUrl: string): FileConfig {
  const provider = read.oneOf(
    "FILE_PROVIDER",
    ["local", "s3"] as const,
    "local"
  )
  if (provider === "local") {
    return {
      provider,
      uploadDir: read.string("FILE_UPLOAD_DIR") ?? "static",
      backendUrl: `${backendUrl.replace(/\/$/, "")}/static`,
    }
  }
  const why = "when FILE_PROVIDER=s3"
  const bucket = read.required("S3_BUCKET", why)
  const region = read.required("S3_REGION", why)
  const endpoint = read.url("S3_ENDPOINT")
  const forcePathStyle = read.boolean("S3_FORCE_PATH_STYLE", Boolean(endpoint))
  const defaultFileUrl = endpoint
    ? `${endpoint.replace(/\/$/, "")}/${bucket}`
    : `https://${bucket}.s3.${region}.amazonaws.com`
  return {
    provider,
    bucket,
    region,
    endpoint,
    accessKeyId: read.string("S3_ACCESS_KEY_ID"),
    secretAccessKey: read.string("S3_SECRET_ACCESS_KEY"),
    fileUrl: read.url("S3_FILE_URL") ?? defaultFileUrl,
    forcePathStyle,
    prefix: read.string("S3_PREFIX"),
  }
}

function readEmail(read: EnvReader): EmailConfig {
  const provider = read.oneOf(
    "EMAIL_PROVIDER",
    ["local", "sendgrid", "resend"] as const,
    "local"
  )
  if (provider === "local") {
    return { provider }
  }
  const prefix = provider.toUpperCase()
  const why = `when EMAIL_PROVIDER=${provider}`
  return {
    provider,
    apiKey: read.required(`${prefix}_API_KEY`, why),
    from: read.required(`${prefix}_FROM`, why),
    apiUrl: read.url(`${prefix}_API_URL`),
  }
}

function readSlack(read: EnvReader): MarketplaceEnv["slack"] {
  const webhookUrl = read.url("SLACK_WEBHOOK_URL")
  return webhookUrl ? { webhookUrl } : undefined
}

function readAnalytics(read: EnvReader): AnalyticsConfig {
  const provider = read.oneOf(
    "ANALYTICS",
    ["local", "posthog"] as const,
    "local"
  )
  if (provider === "local") {
    return { provider }
  }
  return {
    provider,
    apiKey: read.required("POSTHOG_EVENTS_API_KEY", "when ANALYTICS=posthog"),
    host: read.url("POSTHOG_HOST"),
  }
}

function readPayment(read: EnvReader): PaymentConfig {
  const provider = read.oneOf(
    "PAYMENT_PROVIDER",
    ["system", "stripe"] as const,
    "system"
  )
  if (provider === "system") {
    return { provider }
  }
  const why = "when PAYMENT_PROVIDER=stripe"
  return {
    provider,
    apiKey: read.required("STRIPE_API_KEY", why),
    apiBase: read.url("STRIPE_API_BASE"),
    // Stripe signs each webhook endpoint with its own secret; one secret serves both
    // endpoints only when the payouts are not on Stripe Connect.
    webhookSecret:
      read.string("STRIPE_PAYMENT_WEBHOOK_SECRET") ??
      read.required("STRIPE_WEBHOOK_SECRET", why),
    capture: read.oneOf(
      "STRIPE_PAYMENT_CAPTURE",
      ["manual", "automatic"] as const,
      "manual"
    ),
  }
}

function readPercent(read: EnvReader): number {
  const value = read.number("DEFAULT_COMMISSION_PERCENT", 10, { min: 0 })
  if (value > 100) {
    throw new ConfigError(
      "DEFAULT_COMMISSION_PERCENT",
      `must be between 0 and 100 (got "${value}")`
    )
  }
  return value
}

/** The demo credentials the seed script creates (src/scripts/seed.ts). */
export function readSeedCredentials(env: Env): SeedCredentials {
  const read = new EnvReader(env)
  return {
    adminEmail: read.string("SEED_ADMIN_EMAIL") ?? "admin@marketplace.test",
    adminPassword: read.string("SEED_ADMIN_PASSWORD") ?? "marketplace-admin",
    sellerPassword: read.string("SEED_SELLER_PASSWORD") ?? "marketplace-seller",
  }
}

function readReconcile(read: EnvReader): ReconcileConfig {
  const schedule =
    read.string("RECONCILE_SCHEDULE") ?? DEFAULT_RECONCILE_SETTINGS.schedule
  if (schedule.split(/\s+/).length < 5) {
    throw new ConfigError(
      "RECONCILE_SCHEDULE",
      `must be a cron expression (got "${schedule}")`
    )
  }
  return {
    schedule,
    staleAfterSeconds: read.number(
      "RECONCILE_STALE_AFTER_SECONDS",
      DEFAULT_RECONCILE_SETTINGS.staleAfterSeconds,
      { min: 0, integer: true }
    ),
  }
}

function readPayout(read: EnvReader): PayoutConfig {
  const provider = read.oneOf(
    "PAYOUT_PROVIDER",
    ["manual", "stripe-connect"] as const,
    "manual"
  )
  const schedule =
    read.string("PAYOUT_SCHEDULE") ?? DEFAULT_PAYOUT_SETTINGS.schedule
  if (schedule.split(/\s+/).length < 5) {
    throw new ConfigError(
      "PAYOUT_SCHEDULE",
      `must be a cron expression (got "${schedule}")`
    )
  }
  const config: PayoutConfig = {
    provider,
    schedule,
    holdDays: read.number(
      "PAYOUT_HOLD_DAYS",
      DEFAULT_PAYOUT_SETTINGS.holdDays,
      { min: 0, integer: true }
    ),
    minimum: read.number("PAYOUT_MINIMUM", DEFAULT_PAYOUT_SETTINGS.minimum, {
      min: 0,
    }),
    resumeAfterSeconds: read.number(
      "PAYOUT_RESUME_AFTER_SECONDS",
      DEFAULT_PAYOUT_SETTINGS.resumeAfterSeconds,
      {
        min: 1,
        integer: true,
      }
    ),
  }
  if (provider === "stripe-connect") {
    config.stripe = {
      apiKey: read.required(
        "STRIPE_API_KEY",
        "when PAYOUT_PROVIDER=stripe-connect"
      ),
      apiBase: read.url("STRIPE_API_BASE"),
      webhookSecret: read.string("STRIPE_WEBHOOK_SECRET"),
    }
  }
  return config
}
