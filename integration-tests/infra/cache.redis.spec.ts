import { medusaIntegrationTestRunner } from "../utils/test-runner"
import type { ICacheService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import Redis from "ioredis"
import { describeWithService, serviceUrl } from "../utils/services"
import { appEnv } from "./support/app-env"
import { FIXTURE_APP } from "./support/app-process"
import {
  cachingModuleBehaviour,
  sleep,
  unique,
} from "./support/caching-behaviour"
import { runNamespace } from "./support/records"

jest.setTimeout(120_000)

/**
 * Redis for caching: the Caching Module with CACHING=redis, and the deprecated Cache
 * Module with CACHE_MODULE=redis, booted together.
 */
describeWithService(
  "redis",
  "Caching Module (redis) and deprecated Cache Module (redis)",
  () => {
    const namespace = runNamespace("cache")
    const env = appEnv({
      CACHING: "redis",
      CACHE_MODULE: "redis",
      CACHE_REDIS_URL: serviceUrl("redis"),
      INFRA_NAMESPACE: namespace,
    })
    const redis = new Redis(serviceUrl("redis"), { lazyConnect: true })

    afterAll(async () => {
      const keys = await redis.keys(`${namespace}-*`)
      if (keys.length) {
        await redis.del(...keys)
      }
      redis.disconnect()
    })

    medusaIntegrationTestRunner({
      cwd: FIXTURE_APP,
      env,
      testSuite: ({ getContainer, dbConnection }) => {
        describe("Caching Module — redis provider", () => {
          cachingModuleBehaviour(
            getContainer,
            () => dbConnection,
            "caching-redis"
          )

          it("keeps its entries in Redis under the namespace", async () => {
            await getContainer()
              .resolve(Modules.CACHING)
              .set({ key: unique("in-redis"), data: { a: 1 }, tags: [] })
            expect(
              (await redis.keys(`${namespace}-mc:*`)).length
            ).toBeGreaterThan(0)
          })
        })

        describe("Cache Module (deprecated) — redis provider", () => {
          const cache = () =>
            getContainer().resolve<ICacheService>(Modules.CACHE)

          it("sets, gets and invalidates through Redis", async () => {
            const key = unique("legacy")
            await cache().set(key, { legacy: true })
            expect(await cache().get(key)).toEqual({ legacy: true })
            expect(await redis.get(`${namespace}-cache:${key}`)).toBe(
              JSON.stringify({ legacy: true })
            )

            await cache().invalidate(key)
            expect(await cache().get(key)).toBeNull()
            expect(await redis.get(`${namespace}-cache:${key}`)).toBeNull()
          })

          it("expires entries after their TTL in seconds", async () => {
            const key = unique("legacy-ttl")
            await cache().set(key, { short: true }, 1)
            expect(await cache().get(key)).toEqual({ short: true })
            await sleep(2200)
            expect(await cache().get(key)).toBeNull()
          })
        })
      },
    })
  }
)
