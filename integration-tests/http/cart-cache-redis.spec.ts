import { medusaIntegrationTestRunner } from "../utils/test-runner"
import { withAppEnv } from "../utils/app-env"
import { describeWithService } from "../utils/services"
import { cartCacheSuite } from "./support/cart-cache-suite"

jest.setTimeout(120 * 1000)

// Cart keys hold random cart ids and tokens, so runs sharing this Redis never read
// each other's entries; the shared epoch token is only ever replaced.
describeWithService(
  "redis",
  "cart cache (redis caching, redis locking)",
  () => {
    withAppEnv(() => {
      const redisUrl = process.env.TEST_REDIS_URL ?? ""
      return {
        CACHING: "redis",
        CACHE_REDIS_URL: redisUrl,
        LOCKING: "redis",
        LOCKING_REDIS_URL: redisUrl,
      }
    })

    medusaIntegrationTestRunner({
      inApp: true,
      testSuite: (suite) => {
        it("runs on the providers it names", () => {
          const config = suite.getContainer().resolve("configModule")
          const modules = config.modules as Record<
            string,
            { options?: { providers?: { id: string }[] } }
          >
          expect(modules.caching.options?.providers?.map((p) => p.id)).toEqual([
            "caching-redis",
          ])
          expect(modules.locking.options?.providers?.map((p) => p.id)).toEqual([
            "locking-redis",
          ])
        })
        cartCacheSuite(suite, { cached: true })
      },
    })
  }
)
