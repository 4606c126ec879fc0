import { defineConfig, Modules } from "@medusajs/framework/utils"

/**
 * Plain Medusa 2.21.2 for the bench (bench/README.md, "Plain Medusa"): no src/, no module,
 * route, subscriber or link of the marketplace; the same infrastructure providers as the
 * marketplace's bench server (Redis event bus, workflow engine, locking, Cache Module and,
 * with CACHING=redis, the Caching Module). Dependencies resolve from the repository's
 * node_modules. Configured by the bench's environment only.
 */
const redisUrl = process.env.REDIS_URL
const caching = process.env.CACHING === "redis"

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    redisUrl,
    workerMode:
      (process.env.MEDUSA_WORKER_MODE as "shared" | "server" | "worker") ??
      "shared",
    http: {
      jwtSecret: process.env.JWT_SECRET,
      cookieSecret: process.env.COOKIE_SECRET,
      storeCors: "http://localhost:8000",
      adminCors: "http://localhost:9000",
      authCors: "http://localhost:9000",
    },
  },
  admin: { disable: true },
  featureFlags: { caching },
  modules: [
    {
      key: Modules.EVENT_BUS,
      resolve: "@medusajs/medusa/event-bus-redis",
      options: { redisUrl },
    },
    {
      key: Modules.WORKFLOW_ENGINE,
      resolve: "@medusajs/medusa/workflow-engine-redis",
      options: { redis: { redisUrl } },
    },
    {
      key: Modules.LOCKING,
      resolve: "@medusajs/medusa/locking",
      options: {
        providers: [
          {
            resolve: "@medusajs/medusa/locking-redis",
            id: "locking-redis",
            is_default: true,
            options: { redisUrl },
          },
        ],
      },
    },
    {
      key: Modules.CACHE,
      resolve: "@medusajs/medusa/cache-redis",
      options: { redisUrl },
    },
    ...(caching
      ? [
          {
            key: Modules.CACHING,
            resolve: "@medusajs/medusa/caching",
            options: {
              providers: [
                {
                  resolve: "@medusajs/medusa/caching-redis",
                  id: "caching-redis",
                  is_default: true,
                  options: { redisUrl },
                },
              ],
            },
          },
        ]
      : []),
  ],
})
