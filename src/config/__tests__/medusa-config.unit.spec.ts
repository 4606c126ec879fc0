import { buildMedusaConfig } from "../medusa-config"
import {
  REDIS_CACHE_CLIENT_OPTIONS,
  REDIS_WAITING_CLIENT_OPTIONS,
  redisReconnectDelay,
} from "../infrastructure-modules"
import { readMarketplaceEnv } from "../env"
import { marketplaceModules } from "../marketplace-modules"

const marketplaceKeys = new Set(
  marketplaceModules(readMarketplaceEnv({})).map((entry) => entry.key)
)
/** The infrastructure part of the module list (the marketplace's own modules follow it). */
const infrastructure = (config: ReturnType<typeof buildMedusaConfig>) =>
  config.modules?.filter(
    (entry) => !("key" in entry && marketplaceKeys.has(entry.key ?? ""))
  )
const moduleList = (env: Record<string, string>) =>
  infrastructure(buildMedusaConfig(env))

const FEED = {
  resolve: "@medusajs/medusa/notification-local",
  id: "local-feed",
  options: { channels: ["feed"] },
}

describe("buildMedusaConfig", () => {
  it("maps an empty environment to in-process providers", () => {
    const config = buildMedusaConfig({})
    expect(config.featureFlags).toEqual({ caching: true })
    expect(config.projectConfig).toMatchObject({
      workerMode: "shared",
      databaseUrl: undefined,
    })
    expect(config.admin).toEqual({ disable: false, backendUrl: "/" })
    expect(infrastructure(config)).toEqual([
      { key: "event_bus", resolve: "@medusajs/medusa/event-bus-local" },
      {
        key: "workflows",
        resolve: "@medusajs/medusa/workflow-engine-inmemory",
      },
      { key: "cache", resolve: "@medusajs/medusa/cache-inmemory" },
      {
        key: "caching",
        resolve: "@medusajs/medusa/caching",
        options: { ttl: 3600, in_memory: { enable: true } },
      },
      {
        key: "locking",
        resolve: "@medusajs/medusa/locking",
        options: { providers: [] },
      },
      {
        key: "file",
        resolve: "@medusajs/medusa/file",
        options: {
          providers: [
            {
              resolve: "@medusajs/medusa/file-local",
              id: "local",
              options: {
                upload_dir: "static",
                backend_url: "http://localhost:9000/static",
              },
            },
          ],
        },
      },
      {
        key: "notification",
        resolve: "@medusajs/medusa/notification",
        options: {
          providers: [
            FEED,
            {
              resolve: "@medusajs/medusa/notification-local",
              id: "local-email",
              options: { channels: ["email"] },
            },
          ],
        },
      },
      {
        key: "analytics",
        resolve: "@medusajs/medusa/analytics",
        options: {
          providers: [
            { resolve: "@medusajs/medusa/analytics-local", id: "local" },
          ],
        },
      },
    ])
  })

  it("maps REDIS_URL to Redis event bus, workflow engine, cache, caching, locking and sessions", () => {
    const url = "redis://127.0.0.1:6379"
    const config = buildMedusaConfig({ REDIS_URL: url })
    expect(config.projectConfig?.redisUrl).toBe(url)
    expect(config.projectConfig?.redisOptions).toBe(
      REDIS_WAITING_CLIENT_OPTIONS
    )
    expect(config.modules?.slice(0, 5)).toEqual([
      {
        key: "event_bus",
        resolve: "@medusajs/medusa/event-bus-redis",
        options: {
          redisUrl: url,
          jobOptions: {
            attempts: 3,
            backoff: { type: "exponential", delay: 1000 },
          },
          redisOptions: { retryStrategy: redisReconnectDelay },
        },
      },
      {
        key: "workflows",
        resolve: "@medusajs/medusa/workflow-engine-redis",
        options: {
          redis: { redisUrl: url, redisOptions: REDIS_WAITING_CLIENT_OPTIONS },
        },
      },
      {
        key: "cache",
        resolve: "@medusajs/medusa/cache-redis",
        options: {
          redisUrl: url,
          ttl: 3600,
          redisOptions: REDIS_WAITING_CLIENT_OPTIONS,
        },
      },
      {
        key: "caching",
        resolve: "@medusajs/medusa/caching",
        options: {
          ttl: 3600,
          providers: [
            {
              resolve: "@medusajs/medusa/caching-redis",
              id: "caching-redis",
              is_default: true,
              options: {
                redisUrl: url,
                redisOptions: REDIS_CACHE_CLIENT_OPTIONS,
              },
            },
          ],
        },
      },
      {
        key: "locking",
        resolve: "@medusajs/medusa/locking",
        options: {
          providers: [
            {
              resolve: "@medusajs/medusa/locking-redis",
              id: "locking-redis",
              is_default: true,
              options: {
                redisUrl: url,
                redisOptions: REDIS_WAITING_CLIENT_OPTIONS,
              },
            },
          ],
        },
      },
    ])
  })

  it("bounds how long a Redis command waits while Redis is down, and reconnects quickly", () => {
    expect(REDIS_WAITING_CLIENT_OPTIONS.maxRetriesPerRequest).toBe(29)
    expect(REDIS_CACHE_CLIENT_OPTIONS.maxRetriesPerRequest).toBe(1)
    expect([1, 2, 3, 5, 6, 100].map(redisReconnectDelay)).toEqual([
      100, 200, 300, 500, 500, 500,
    ])
    // A command fails at the 30th failed reconnection: after about 14 s of waiting.
    const waited = Array.from({ length: 29 }, (_, attempt) =>
      redisReconnectDelay(attempt + 1)
    ).reduce((a, b) => a + b)
    expect(waited).toBe(13_500)
    expect(buildMedusaConfig({}).projectConfig?.redisOptions).toBeUndefined()
  })

  it("leaves the Caching Module and its flag out with CACHING=off", () => {
    const config = buildMedusaConfig({ CACHING: "off" })
    expect(config.featureFlags).toEqual({ caching: false })
    expect(config.modules?.map((entry) => entry.key)).not.toContain("caching")
  })

  it("selects the own memcached provider and the deprecated Redis cache module", () => {
    const modules = moduleList({
      CACHING: "memcached",
      MEMCACHED_SERVERS: "127.0.0.1:11211",
      CACHE_MODULE: "redis",
      CACHE_REDIS_URL: "redis://cache:6379",
      CACHE_TTL: "120",
    })
    expect(modules?.find((entry) => entry.key === "caching")).toEqual({
      key: "caching",
      resolve: "@medusajs/medusa/caching",
      options: {
        ttl: 120,
        providers: [
          {
            resolve: "./src/providers/caching-memcached",
            id: "caching-memcached",
            is_default: true,
            options: { servers: "127.0.0.1:11211" },
          },
        ],
      },
    })
    expect(modules?.find((entry) => entry.key === "cache")).toEqual({
      key: "cache",
      resolve: "@medusajs/medusa/cache-redis",
      options: {
        redisUrl: "redis://cache:6379",
        ttl: 120,
        redisOptions: REDIS_WAITING_CLIENT_OPTIONS,
      },
    })
  })

  it("puts the deprecated Cache Module on Redis with REDIS_URL alone, unless CACHE_MODULE says otherwise", () => {
    const cacheEntry = (env: Record<string, string>) =>
      moduleList(env)?.find((entry) => entry.key === "cache") as
        { resolve?: string } | undefined
    expect(cacheEntry({ REDIS_URL: "redis://shared:6379" })).toEqual({
      key: "cache",
      resolve: "@medusajs/medusa/cache-redis",
      options: {
        redisUrl: "redis://shared:6379",
        ttl: 3600,
        redisOptions: REDIS_WAITING_CLIENT_OPTIONS,
      },
    })
    expect(
      cacheEntry({ REDIS_URL: "redis://shared:6379", CACHE_MODULE: "inmemory" })
        ?.resolve
    ).toBe("@medusajs/medusa/cache-inmemory")
    expect(cacheEntry({})?.resolve).toBe("@medusajs/medusa/cache-inmemory")
  })

  it("maps LOCKING=postgres to the own PostgreSQL provider (Medusa's, with the owner-less race fixed)", () => {
    expect(
      moduleList({ LOCKING: "postgres" })?.find(
        (entry) => entry.key === "locking"
      )
    ).toEqual({
      key: "locking",
      resolve: "@medusajs/medusa/locking",
      options: {
        providers: [
          {
            resolve: "./src/providers/locking-postgres",
            id: "locking-postgres",
            is_default: true,
          },
        ],
      },
    })
  })

  it("maps FILE_PROVIDER=s3 with path style and on-demand checksums", () => {
    const file = moduleList({
      FILE_PROVIDER: "s3",
      S3_BUCKET: "assets",
      S3_REGION: "eu-central-1",
      S3_ENDPOINT: "http://minio:9000",
      S3_ACCESS_KEY_ID: "key",
      S3_SECRET_ACCESS_KEY: "secret",
      S3_FILE_URL: "https://cdn.example.com",
      S3_PREFIX: "sellers/",
    })?.find((entry) => entry.key === "file")
    expect(file).toEqual({
      key: "file",
      resolve: "@medusajs/medusa/file",
      options: {
        providers: [
          {
            resolve: "./src/providers/file-s3",
            id: "s3",
            options: {
              file_url: "https://cdn.example.com",
              bucket: "assets",
              region: "eu-central-1",
              endpoint: "http://minio:9000",
              access_key_id: "key",
              secret_access_key: "secret",
              prefix: "sellers/",
              additional_client_config: {
                forcePathStyle: true,
                requestChecksumCalculation: "WHEN_REQUIRED",
                responseChecksumValidation: "WHEN_REQUIRED",
                maxAttempts: 2,
                requestHandler: {
                  connectionTimeout: 3_000,
                  socketTimeout: 5_000,
                },
              },
            },
          },
        ],
      },
    })
  })

  it.each([
    [
      {
        EMAIL_PROVIDER: "sendgrid",
        SENDGRID_API_KEY: "SG.x",
        SENDGRID_FROM: "shop@example.com",
        SENDGRID_API_URL: "http://127.0.0.1:1",
      },
      {
        resolve: "./src/providers/notification-sendgrid",
        id: "sendgrid",
        options: {
          channels: ["email"],
          api_key: "SG.x",
          from: "shop@example.com",
          api_url: "http://127.0.0.1:1",
        },
      },
    ],
    [
      {
        EMAIL_PROVIDER: "resend",
        RESEND_API_KEY: "re_x",
        RESEND_FROM: "shop@example.com",
      },
      {
        resolve: "./src/providers/notification-resend",
        id: "resend",
        options: {
          channels: ["email"],
          api_key: "re_x",
          from: "shop@example.com",
          api_url: undefined,
        },
      },
    ],
  ])("maps the email channel for %j", (env, emailProvider) => {
    const notification = moduleList(env)?.find(
      (entry) => entry.key === "notification"
    )
    expect(notification?.options).toEqual({ providers: [FEED, emailProvider] })
  })

  it("adds the slack channel only when SLACK_WEBHOOK_URL is set", () => {
    const url = "https://hooks.slack.com/services/T/B/X"
    const notification = moduleList({ SLACK_WEBHOOK_URL: url })?.find(
      (entry) => entry.key === "notification"
    )
    const providers = (notification?.options as { providers: { id: string }[] })
      .providers
    expect(providers.map((provider) => provider.id)).toEqual([
      "local-feed",
      "local-email",
      "slack",
    ])
    expect(providers[2]).toEqual({
      resolve: "./src/providers/notification-slack",
      id: "slack",
      options: { channels: ["slack"], webhook_url: url },
    })
  })

  it("maps ANALYTICS=posthog", () => {
    const analytics = moduleList({
      ANALYTICS: "posthog",
      POSTHOG_EVENTS_API_KEY: "phc_x",
      POSTHOG_HOST: "http://127.0.0.1:8010",
    })?.find((entry) => entry.key === "analytics")
    expect(analytics?.options).toEqual({
      providers: [
        {
          resolve: "@medusajs/medusa/analytics-posthog",
          id: "posthog",
          options: {
            posthogEventsKey: "phc_x",
            posthogHost: "http://127.0.0.1:8010",
          },
        },
      ],
    })
  })

  it("keeps Medusa's payment module (system provider) unless PAYMENT_PROVIDER=stripe", () => {
    expect(
      moduleList({})?.find((entry) => entry.key === "payment")
    ).toBeUndefined()
    const payment = moduleList({
      PAYMENT_PROVIDER: "stripe",
      STRIPE_API_KEY: "sk_test_x",
      STRIPE_API_BASE: "http://127.0.0.1:9",
      STRIPE_WEBHOOK_SECRET: "whsec_x",
      STRIPE_PAYMENT_CAPTURE: "automatic",
    })?.find((entry) => entry.key === "payment")
    expect(payment).toEqual({
      key: "payment",
      resolve: "@medusajs/medusa/payment",
      options: {
        providers: [
          {
            resolve: "./src/providers/payment-stripe",
            id: "stripe",
            options: {
              apiKey: "sk_test_x",
              apiBase: "http://127.0.0.1:9",
              webhookSecret: "whsec_x",
              capture: true,
            },
          },
        ],
      },
    })
  })

  it("appends the marketplace's own modules after the infrastructure", () => {
    const modules =
      buildMedusaConfig({ DEFAULT_COMMISSION_PERCENT: "7.5" }).modules ?? []
    const own = marketplaceModules(
      readMarketplaceEnv({ DEFAULT_COMMISSION_PERCENT: "7.5" })
    )
    expect(modules.slice(-own.length)).toEqual(own)
    expect(own.map((entry) => [entry.key, entry.resolve])).toEqual([
      ["seller", "./src/modules/seller"],
      ["request", "./src/modules/request"],
      ["order_group", "./src/modules/order-group"],
      ["commission", "./src/modules/commission"],
      ["payout", "./src/modules/payout"],
      ["review", "./src/modules/review"],
    ])
    expect(own.find((entry) => entry.key === "commission")?.options).toEqual({
      defaultCommissionPercent: 7.5,
    })
  })

  it("runs a worker without the admin dashboard", () => {
    const config = buildMedusaConfig({ MEDUSA_WORKER_MODE: "worker" })
    expect(config.projectConfig?.workerMode).toBe("worker")
    expect(config.admin?.disable).toBe(true)
  })

  it("keeps Medusa's session cookie unless SESSION_COOKIE_SECURE says otherwise", () => {
    expect(buildMedusaConfig({}).projectConfig).not.toHaveProperty(
      "cookieOptions"
    )
    const plainHttp = buildMedusaConfig({ SESSION_COOKIE_SECURE: "false" })
    expect(plainHttp.projectConfig?.cookieOptions).toEqual({ secure: false })
    expect(() =>
      buildMedusaConfig({ SESSION_COOKIE_SECURE: "sometimes" })
    ).toThrow('SESSION_COOKIE_SECURE must be true or false (got "sometimes")')
  })

  it("points the dashboard at the origin it is opened at, whatever MEDUSA_BACKEND_URL says", () => {
    const config = buildMedusaConfig({
      MEDUSA_BACKEND_URL: "https://api.example.test",
      MEDUSA_WORKER_MODE: "server",
    })
    expect(config.admin).toEqual({ disable: false, backendUrl: "/" })
  })
})
