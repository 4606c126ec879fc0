import { ConfigError } from "../errors"
import { readMarketplaceEnv } from "../env"

function errorOf(env: Record<string, string>): string {
  try {
    readMarketplaceEnv(env)
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError)
    return (error as Error).message
  }
  throw new Error("expected a ConfigError")
}

describe("readMarketplaceEnv", () => {
  it("defaults to in-process providers when nothing is configured", () => {
    const env = readMarketplaceEnv({})
    expect(env).toMatchObject({
      nodeEnv: "development",
      databaseUrl: undefined,
      workerMode: "shared",
      eventBus: { provider: "local" },
      workflowEngine: { provider: "inmemory" },
      caching: { provider: "memory", ttl: 3600 },
      cacheModule: { provider: "inmemory" },
      locking: { provider: "memory" },
      file: { provider: "local", uploadDir: "static" },
      email: { provider: "local" },
      slack: undefined,
      analytics: { provider: "local" },
      seed: {
        adminEmail: "admin@marketplace.test",
        adminPassword: "marketplace-admin",
        sellerPassword: "marketplace-seller",
      },
      marketplace: {
        sellerApproval: "manual",
        productApproval: "manual",
        defaultCommissionPercent: 10,
        reviewModeration: "auto",
        payout: {
          provider: "manual",
          schedule: "0 2 * * *",
          holdDays: 7,
          minimum: 0,
          resumeAfterSeconds: 300,
        },
      },
    })
  })

  it("moves event bus, workflow engine, locking, caching and the deprecated cache to Redis with REDIS_URL alone", () => {
    const env = readMarketplaceEnv({ REDIS_URL: "redis://cache:6379" })
    expect(env.eventBus).toEqual({
      provider: "redis",
      url: "redis://cache:6379",
    })
    expect(env.workflowEngine).toEqual({
      provider: "redis",
      url: "redis://cache:6379",
    })
    expect(env.locking).toEqual({
      provider: "redis",
      url: "redis://cache:6379",
    })
    expect(env.caching).toEqual({
      provider: "redis",
      url: "redis://cache:6379",
      ttl: 3600,
    })
    expect(env.cacheModule).toEqual({
      provider: "redis",
      url: "redis://cache:6379",
      ttl: 3600,
    })
  })

  it("keeps the deprecated Cache Module in memory next to REDIS_URL only when asked", () => {
    const env = readMarketplaceEnv({
      REDIS_URL: "redis://shared:6379",
      CACHE_MODULE: "inmemory",
    })
    expect(env.cacheModule).toEqual({ provider: "inmemory" })
    expect(env.caching).toEqual({
      provider: "redis",
      url: "redis://shared:6379",
      ttl: 3600,
    })
  })

  it("lets each module keep its own choice or URL next to REDIS_URL", () => {
    const env = readMarketplaceEnv({
      REDIS_URL: "redis://shared:6379",
      EVENTS_REDIS_URL: "redis://events:6379",
      WORKFLOW_ENGINE: "inmemory",
      LOCKING: "postgres",
      CACHING: "memcached",
      MEMCACHED_SERVERS: "mc1:11211,mc2:11211",
      CACHE_TTL: "60",
    })
    expect(env.eventBus).toEqual({
      provider: "redis",
      url: "redis://events:6379",
    })
    expect(env.workflowEngine).toEqual({ provider: "inmemory" })
    expect(env.locking).toEqual({ provider: "postgres" })
    expect(env.caching).toEqual({
      provider: "memcached",
      servers: "mc1:11211,mc2:11211",
      ttl: 60,
    })
  })

  it("derives path style and the public URL for an S3-compatible endpoint", () => {
    const env = readMarketplaceEnv({
      FILE_PROVIDER: "s3",
      S3_BUCKET: "assets",
      S3_REGION: "us-east-1",
      S3_ENDPOINT: "http://127.0.0.1:4569",
    })
    expect(env.file).toEqual({
      provider: "s3",
      bucket: "assets",
      region: "us-east-1",
      endpoint: "http://127.0.0.1:4569",
      accessKeyId: undefined,
      secretAccessKey: undefined,
      fileUrl: "http://127.0.0.1:4569/assets",
      forcePathStyle: true,
      prefix: undefined,
    })
  })

  it.each([
    [
      { FILE_PROVIDER: "s3" },
      "Invalid configuration: S3_BUCKET is required when FILE_PROVIDER=s3",
    ],
    [
      { FILE_PROVIDER: "s3", S3_BUCKET: "b" },
      "Invalid configuration: S3_REGION is required when FILE_PROVIDER=s3",
    ],
    [
      { FILE_PROVIDER: "ftp" },
      'Invalid configuration: FILE_PROVIDER must be one of local | s3 (got "ftp")',
    ],
    [
      { EVENT_BUS: "redis" },
      "Invalid configuration: EVENT_BUS is redis but neither EVENTS_REDIS_URL nor REDIS_URL is set",
    ],
    [
      { WORKFLOW_ENGINE: "redis" },
      "Invalid configuration: WORKFLOW_ENGINE is redis but neither WORKFLOW_REDIS_URL nor REDIS_URL is set",
    ],
    [
      { EVENT_BUS: "kafka" },
      'Invalid configuration: EVENT_BUS must be one of local | redis (got "kafka")',
    ],
    [
      { LOCKING: "redis" },
      "Invalid configuration: LOCKING is redis but neither LOCKING_REDIS_URL nor REDIS_URL is set",
    ],
    [
      { LOCKING: "zookeeper" },
      'Invalid configuration: LOCKING must be one of memory | redis | postgres (got "zookeeper")',
    ],
    [
      { CACHING: "memcached" },
      "Invalid configuration: CACHING is memcached but MEMCACHED_SERVERS is not set",
    ],
    [
      { CACHING: "redis" },
      "Invalid configuration: CACHING is redis but neither CACHE_REDIS_URL nor REDIS_URL is set",
    ],
    [
      { CACHE_MODULE: "redis" },
      "Invalid configuration: CACHE_MODULE is redis but neither CACHE_REDIS_URL nor REDIS_URL is set",
    ],
    [
      { EMAIL_PROVIDER: "sendgrid" },
      "Invalid configuration: SENDGRID_API_KEY is required when EMAIL_PROVIDER=sendgrid",
    ],
    [
      { EMAIL_PROVIDER: "resend", RESEND_API_KEY: "re_1" },
      "Invalid configuration: RESEND_FROM is required when EMAIL_PROVIDER=resend",
    ],
    [
      { ANALYTICS: "posthog" },
      "Invalid configuration: POSTHOG_EVENTS_API_KEY is required when ANALYTICS=posthog",
    ],
    [
      { SLACK_WEBHOOK_URL: "not a url" },
      'Invalid configuration: SLACK_WEBHOOK_URL must be a URL (got "not a url")',
    ],
    [
      { MEDUSA_WORKER_MODE: "both" },
      'Invalid configuration: MEDUSA_WORKER_MODE must be one of shared | server | worker (got "both")',
    ],
    [
      { PAYOUT_HOLD_DAYS: "-1" },
      'Invalid configuration: PAYOUT_HOLD_DAYS must be an integer >= 0 (got "-1")',
    ],
    [
      { DEFAULT_COMMISSION_PERCENT: "120" },
      'Invalid configuration: DEFAULT_COMMISSION_PERCENT must be between 0 and 100 (got "120")',
    ],
    [
      { PAYOUT_PROVIDER: "stripe-connect" },
      "Invalid configuration: STRIPE_API_KEY is required when PAYOUT_PROVIDER=stripe-connect",
    ],
    [
      { PAYMENT_PROVIDER: "paypal" },
      'Invalid configuration: PAYMENT_PROVIDER must be one of system | stripe (got "paypal")',
    ],
    [
      { PAYMENT_PROVIDER: "stripe", STRIPE_API_KEY: "sk_test_x" },
      "Invalid configuration: STRIPE_WEBHOOK_SECRET is required when PAYMENT_PROVIDER=stripe",
    ],
    [
      {
        PAYMENT_PROVIDER: "stripe",
        STRIPE_API_KEY: "sk_test_x",
        STRIPE_WEBHOOK_SECRET: "whsec_x",
        STRIPE_PAYMENT_CAPTURE: "later",
      },
      'Invalid configuration: STRIPE_PAYMENT_CAPTURE must be one of manual | automatic (got "later")',
    ],
  ])("rejects %j with one line naming the variable", (env, message) => {
    expect(errorOf(env)).toBe(message)
  })

  describe("in production", () => {
    const secrets = {
      JWT_SECRET: "a-real-secret",
      COOKIE_SECRET: "another-real-secret",
    }

    it("requires DATABASE_URL", () => {
      expect(errorOf({ NODE_ENV: "production", ...secrets })).toBe(
        "Invalid configuration: DATABASE_URL is required when NODE_ENV=production"
      )
    })

    it.each(["JWT_SECRET", "COOKIE_SECRET"])(
      "refuses a missing or default %s",
      (name) => {
        const base = {
          NODE_ENV: "production",
          DATABASE_URL: "postgres://db/marketplace",
          ...secrets,
        }
        const expected = `Invalid configuration: ${name} must be set to a non-default secret when NODE_ENV=production`
        expect(errorOf({ ...base, [name]: "" })).toBe(expected)
        expect(errorOf({ ...base, [name]: "supersecret" })).toBe(expected)
      }
    )

    it("starts with real secrets and a database", () => {
      const env = readMarketplaceEnv({
        NODE_ENV: "production",
        DATABASE_URL: "postgres://db/marketplace",
        ...secrets,
      })
      expect(env.http.jwtSecret).toBe("a-real-secret")
      expect(env.isProduction).toBe(true)
    })
  })
})
